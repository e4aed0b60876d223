import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import ZipStream from 'zip-stream';
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
/** The zip library Kongthun's writer uses, with the least XML a sheet can be: the floor under it. */
const bareZipXlsx = async () => {
  const xmlCell = (value: string | number | null) =>
    value === null ? '<c/>' : typeof value === 'number' ? `<c><v>${value}</v></c>` : `<c t="inlineStr"><is><t>${value}</t></is></c>`;
  async function* sheet() {
    yield Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
    for await (const page of disbursementPages(rows))
      for (let i = 0; i < page.length; i += 256)
        yield Buffer.from(
          page
            .slice(i, i + 256)
            .map((row) => `<row>${plainCells(row).map(xmlCell).join('')}</row>`)
            .join(''),
        );
    yield Buffer.from('</sheetData></worksheet>');
  }
  const zip = new ZipStream();
  const written = pipeline(zip, createWriteStream(file));
  await new Promise<void>((resolve, reject) =>
    zip.entry(Readable.from(sheet(), { objectMode: false }), { name: 'xl/worksheets/sheet1.xml' }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
  zip.finalize();
  await written;
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
  'xlsx-zip-bare': bareZipXlsx,
  'xlsx-kongthun': oursXlsx,
};

(async () => {
  const baselineRssMb = Math.round(process.memoryUsage().rss / 1e6);
  const started = process.hrtime.bigint();
  await SUBJECTS[subject]();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  process.stdout.write(
    `${JSON.stringify({ subject, rows, ms, bytes: statSync(file).size, baselineRssMb, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssSamplesMb: samples })}\n`,
  );
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
