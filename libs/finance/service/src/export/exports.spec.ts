import { mkdtempSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { emptyTotals, TotalsGroup } from '@kongthun/finance-model';
import { DisbursementDetail } from '../store/disbursement-details';
import { writeCsv, UTF8_BOM } from './csv-export';
import { DISBURSEMENT_COLUMNS } from './disbursement-columns';
import { totalsColumns } from './totals-columns';
import { writeXlsx } from './xlsx-export';
import { exportWithStops } from '../testing/stopping-download';

const detail = (seq: number, satang: bigint, paidOn = '2023-03-15'): DisbursementDetail => ({
  seq,
  messageId: `m-${seq}`,
  programme: 'grants',
  unitId: 'codi-19-1',
  unitName: 'โครงการบ้านมั่นคง ตำบลปากเพรียว',
  disbursementId: `d-${seq}`,
  commitmentId: null,
  kind: 'grant-tranche',
  purpose: 'tranche',
  method: 'bank-transfer',
  paidOn,
  fiscalYear: 2566,
  areaCode: '190101',
  recipientRef: 'org-1',
  amountSatang: satang,
});
async function* pages<T>(rows: T[], size = 2) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
const collect = async (work: (out: PassThrough) => Promise<unknown>): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await work(out);
  out.end();
  return Buffer.concat(chunks);
};
const rows = [detail(1, 674_921_000n), detail(2, 5n, '2022-10-01'), detail(3, 123_456_789n, '2023-09-30')];

describe('the disbursement export in CSV', () => {
  it('is UTF-8 with a byte-order mark, Thai headers, BE dates and amounts with two decimals', async () => {
    const bytes = await collect((out) => writeCsv(pages(rows), DISBURSEMENT_COLUMNS, out));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes.toString('utf8').slice(UTF8_BOM.length));
    expect(records[0]).toEqual(DISBURSEMENT_COLUMNS.map((column) => column.header));
    expect(records[0][1]).toBe('วันที่จ่าย');
    expect(records).toHaveLength(4);
    const [first, second, third] = records.slice(1);
    expect(first[1]).toBe('15 มี.ค. 2566');
    expect(first[13]).toBe('6749210.00');
    expect(first[5]).toBe('โครงการบ้านมั่นคง ตำบลปากเพรียว');
    expect(first[6]).toBe('สระบุรี');
    expect(first[3]).toBe('ทุนสนับสนุนโครงการ');
    expect(second[1]).toBe('1 ต.ค. 2565');
    expect(second[13]).toBe('0.05');
    expect(third[13]).toBe('1234567.89');
  });
});

describe('the disbursement export in XLSX', () => {
  it('reads back with Thai headers, BE dates and amounts as numbers formatted with two decimals, laid out to print on A4', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'finance-xlsx-')), 'd.xlsx');
    await writeXlsx(pages(rows), DISBURSEMENT_COLUMNS, createWriteStream(file), { sheetName: 'การจ่ายเงิน' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('การจ่ายเงิน')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(2).value).toBe('วันที่จ่าย');
    expect(sheet.getRow(2).getCell(2).value).toBe('15 มี.ค. 2566');
    expect(sheet.getRow(2).getCell(14).value).toBe(6749210);
    expect(sheet.getRow(2).getCell(14).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(3).getCell(14).value).toBe(0.05);
    expect(sheet.getRow(4).getCell(14).value).toBe(1234567.89);
    expect(sheet.getRow(1).getCell(13)).toMatchObject({ font: { bold: true }, alignment: { wrapText: true } });
    expect(sheet.getRow(2).getCell(1).alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getRow(2).getCell(2).alignment).toMatchObject({ horizontal: 'left', indent: 1 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });
});

describe('the totals export', () => {
  it('gives each total in figures and, where a person signs for it, in Thai words', async () => {
    const totals = {
      ...emptyTotals(),
      moneyIn: 674_921_000n,
      netMoneyIn: 674_921_000n,
      disbursed: 200_000_000n,
      netDisbursed: 150_000_050n,
    };
    const groups: TotalsGroup[] = [{ key: { province: '19', fiscalYear: 2566 }, totals }];
    const columns = totalsColumns(['province', 'fiscalYear']);
    const bytes = await collect((out) => writeCsv(pages(groups), columns, out));
    const [header, row] = parse(bytes.toString('utf8').slice(1)) as string[][];
    const at = (name: string) => row[header.indexOf(name)];
    expect(at('จังหวัด')).toBe('19 สระบุรี');
    expect(at('ปีงบประมาณ')).toBe('2566');
    expect(at('เงินรับสุทธิ (บาท)')).toBe('6749210.00');
    expect(at('เงินรับสุทธิ (ตัวอักษร)')).toBe('หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน');
    expect(at('จ่ายสุทธิ (ตัวอักษร)')).toBe('หนึ่งล้านห้าแสนบาทห้าสิบสตางค์');
  });
});

describe('the CSV export as a stream', () => {
  it('reads no further than a few pages ahead of a download that has stopped, and holds little while it waits', async () => {
    const run = await exportWithStops((pages, out) => writeCsv(pages, DISBURSEMENT_COLUMNS, out), {
      rows: 100_000,
      pageSize: 1_000,
      stops: 4,
    });
    expect(run.written).toBe(100_000);
    expect(run.pulled).toBe(100);
    const bytesPerPage = run.received / run.pulled;
    for (const stop of run.stops) {
      expect(stop.pulled * bytesPerPage - stop.received).toBeLessThan(3 * bytesPerPage);
      expect(stop.retainedMb).toBeLessThan(25);
    }
  }, 120_000);
});
