import { once } from 'node:events';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ExportColumn } from './export-column';

export const BAHT_FORMAT = '#,##0.00';
/** Sarabun, the Thai government's official typeface; a spreadsheet without it falls back to any Thai font. */
const THAI_FONT = { name: 'TH Sarabun New', size: 14 };

/**
 * Writes rows to `out` as one XLSX sheet with exceljs's streaming writer: each row is committed
 * (serialised and released) as it is added, no shared-strings table grows with the export, and
 * between pages it waits while `out` is full, so memory stays flat however many rows.
 * `extra` may add rows after the data (a total line). Resolves when the file is complete.
 */
export const writeXlsx = async <Row>(
  pages: AsyncIterable<readonly Row[]>,
  columns: readonly ExportColumn<Row>[],
  out: Writable,
  options: { sheetName: string; title?: string; onRows?: (count: number) => void } = { sheetName: 'ข้อมูล' },
): Promise<number> => {
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // Printed (or converted to PDF) on A4 landscape, every column on one page wide: a finance officer files it.
  const sheet = workbook.addWorksheet(options.sheetName, {
    views: [{ state: 'frozen', ySplit: options.title ? 2 : 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => ({
    width: column.width,
    style: { font: THAI_FONT, ...(column.kind === 'baht' ? { numFmt: BAHT_FORMAT } : {}) },
  }));
  if (options.title) sheet.addRow([options.title]).commit();
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { ...THAI_FONT, bold: true };
  header.commit();
  let count = 0;
  for await (const page of pages) {
    for (const row of page) sheet.addRow(columns.map((column) => column.cell(row))).commit();
    count += page.length;
    options.onRows?.(page.length);
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return count;
};
