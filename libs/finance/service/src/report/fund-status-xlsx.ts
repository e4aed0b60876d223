import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { BAHT_FORMAT } from '../export/xlsx-export';
import { ReportLine } from './fund-status-rows';

const FONT = { name: 'TH Sarabun New', size: 14 };

/** Writes the report's lines as one sheet: label, count, baht, Thai words. Ends `out`. */
export const writeFundStatusXlsx = async (lines: readonly ReportLine[], out: Writable): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('สถานะกองทุน', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = [
    { width: 60, style: { font: FONT } },
    { width: 10, style: { font: FONT } },
    { width: 18, style: { font: FONT, numFmt: BAHT_FORMAT } },
    { width: 55, style: { font: FONT } },
  ];
  let headed = false;
  for (const line of lines) {
    if (!headed && line.style !== 'title') {
      const header = sheet.addRow(['รายการ', 'จำนวน', 'จำนวนเงิน (บาท)', 'จำนวนเงิน (ตัวอักษร)']);
      header.font = { ...FONT, bold: true };
      header.commit();
      headed = true;
    }
    const row = sheet.addRow([line.label, line.count ?? null, line.baht ?? null, line.words ?? null]);
    if (line.style === 'title' || line.style === 'heading' || line.style === 'total') row.font = { ...FONT, bold: true };
    if (line.style === 'title') row.font = { ...FONT, bold: true, size: 16 };
    if (line.style === 'note') row.font = { ...FONT, italic: true, size: 12 };
    if (line.baht !== undefined) row.getCell(3).numFmt = BAHT_FORMAT;
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
};
