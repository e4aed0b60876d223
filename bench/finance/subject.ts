import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { DISBURSEMENT_COLUMNS, writeCsv, writeXlsx } from '@kongthun/finance-service';
import { disbursementPages, plainCells } from './disbursement-rows';

/** One subject in its own process, so its peak RSS is its own. Prints one JSON line. */
const [subject, rowsText, file] = process.argv.slice(2);
const rows = Number(rowsText);
const samples: number[] = [];
const sampler = setInterval(() => samples.push(Math.round(process.memoryUsage().rss / 1e6)), 500);

const bareCsv = async () => {
  const out = createWriteStream(file);
  const csv = stringify();
  csv.pipe(out);
  for await (const page of disbursementPages(rows)) for (const row of page) if (!csv.write(plainCells(row))) await once(csv, 'drain');
  csv.end();
  await once(out, 'close');
};
const bareXlsx = async () => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('rows');
  for await (const page of disbursementPages(rows)) for (const row of page) sheet.addRow(plainCells(row)).commit();
  sheet.commit();
  await workbook.commit();
};
const oursCsv = async () => {
  const out = createWriteStream(file);
  await writeCsv(disbursementPages(rows), DISBURSEMENT_COLUMNS, out);
  out.end();
  await once(out, 'close');
};
const oursXlsx = async () => {
  const out = createWriteStream(file);
  await writeXlsx(disbursementPages(rows), DISBURSEMENT_COLUMNS, out, { sheetName: 'การจ่ายเงิน' });
};

const SUBJECTS: Record<string, () => Promise<void>> = {
  'csv-bare': bareCsv,
  'csv-kongthun': oursCsv,
  'xlsx-bare': bareXlsx,
  'xlsx-kongthun': oursXlsx,
};

(async () => {
  const started = process.hrtime.bigint();
  await SUBJECTS[subject]();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  process.stdout.write(
    `${JSON.stringify({ subject, rows, ms, bytes: statSync(file).size, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssSamplesMb: samples })}\n`,
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
