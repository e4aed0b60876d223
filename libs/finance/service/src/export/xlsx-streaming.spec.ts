import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { countedPages, exportWithStops, numberedDetail } from '../testing/stopping-download';
import { DISBURSEMENT_COLUMNS } from './disbursement-columns';
import { ExportColumn } from './export-column';
import { writeXlsx } from './xlsx-export';

const readBack = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};
const bytesOf = async <Row>(pages: AsyncIterable<readonly Row[]>, columns: ExportColumn<Row>[], rowsPerSheet?: number) => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const rows = await writeXlsx(pages, columns, out, { sheetName: 'การจ่ายเงิน', rowsPerSheet });
  return { rows, bytes: Buffer.concat(chunks) };
};

describe('the XLSX export as a stream', () => {
  it('reads no further than a few pages ahead of a consumer that has stopped, and holds little while it waits', async () => {
    const run = await exportWithStops((pages, out) => writeXlsx(pages, DISBURSEMENT_COLUMNS, out, { sheetName: 'การจ่ายเงิน' }), {
      rows: 200_000,
      pageSize: 1_000,
      stops: 5,
    });
    expect(run.written).toBe(200_000);
    expect(run.pulled).toBe(200);
    const bytesPerPage = run.received / run.pulled;
    for (const stop of run.stops) {
      // Rows read but not yet delivered are what the writer holds: at most three pages' worth.
      expect(stop.pulled * bytesPerPage - stop.received).toBeLessThan(3 * bytesPerPage);
      // The sheet's XML for 200,000 rows is about 200 MB: holding even part of it would show.
      expect(stop.retainedMb).toBeLessThan(25);
    }
  }, 120_000);

  it('goes on to a second sheet, with its own header, past the rows one sheet can hold', async () => {
    const { pages } = countedPages(7, 3);
    const { rows, bytes } = await bytesOf(pages, DISBURSEMENT_COLUMNS, 5);
    expect(rows).toBe(7);
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['การจ่ายเงิน', 'การจ่ายเงิน (2)']);
    const [first, second] = workbook.worksheets;
    expect(first.rowCount).toBe(6);
    expect(second.rowCount).toBe(3);
    expect(second.getRow(1).getCell(1).value).toBe('ลำดับ');
    expect([first.getRow(6).getCell(1).value, second.getRow(2).getCell(1).value, second.getRow(3).getCell(1).value]).toEqual([5, 6, 7]);
  });

  it('fills exactly one sheet without adding an empty one, and writes the header alone when there are no rows', async () => {
    const full = await readBack((await bytesOf(countedPages(5, 5).pages, DISBURSEMENT_COLUMNS, 5)).bytes);
    expect(full.worksheets).toHaveLength(1);
    const empty = await readBack((await bytesOf(countedPages(0, 5).pages, DISBURSEMENT_COLUMNS)).bytes);
    expect(empty.worksheets[0].rowCount).toBe(1);
  });

  it('keeps text that XML would misread: ampersands, angle brackets, quotes, leading spaces; drops control characters', async () => {
    const columns: ExportColumn<string>[] = [{ header: 'ชื่อ "ทดสอบ" <1> & 2', width: 20, kind: 'text', cell: (text) => text }];
    async function* texts() {
      yield ['บ้าน & สวน <หมู่ 3> "ใหม่"', '  เว้นวรรคหน้า', 'bell\u0007here'];
    }
    const sheet = (await readBack((await bytesOf(texts(), columns)).bytes)).worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('ชื่อ "ทดสอบ" <1> & 2');
    expect(sheet.getRow(2).getCell(1).value).toBe('บ้าน & สวน <หมู่ 3> "ใหม่"');
    expect(sheet.getRow(3).getCell(1).value).toBe('  เว้นวรรคหน้า');
    expect(sheet.getRow(4).getCell(1).value).toBe('bellhere');
  });

  it('fails, and stops the download, when reading the rows fails', async () => {
    async function* failing() {
      yield [numberedDetail(1)];
      throw new Error('the database went away');
    }
    const out = new PassThrough();
    out.resume();
    await expect(writeXlsx(failing(), DISBURSEMENT_COLUMNS, out, { sheetName: 'x' })).rejects.toThrow('the database went away');
    expect(out.destroyed).toBe(true);
  });
});
