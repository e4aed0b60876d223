import { once } from 'node:events';
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { ExportColumn } from './export-column';

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Thai shows as mojibake. */
export const UTF8_BOM = '\ufeff';

const csvCell = <Row>(column: ExportColumn<Row>, row: Row): string | number => {
  const value = column.cell(row);
  if (value === null) return '';
  return column.kind === 'baht' ? (value as number).toFixed(2) : value;
};

/**
 * Writes rows to `out` as CSV (UTF-8, BOM, Thai headers, CRLF as Excel writes), a page at a time:
 * it waits whenever `out` is full, so memory holds one page however long the export.
 * Resolves once every byte was handed to `out`; does not end it.
 */
export const writeCsv = async <Row>(
  pages: AsyncIterable<readonly Row[]>,
  columns: readonly ExportColumn<Row>[],
  out: Writable,
  onRows: (count: number) => void = () => undefined,
): Promise<number> => {
  const csv = stringify({ record_delimiter: 'windows' });
  const piping = new Promise<void>((resolve, reject) => {
    csv.on('data', (chunk: Buffer) => {
      if (!out.write(chunk)) {
        csv.pause();
        out.once('drain', () => csv.resume());
      }
    });
    csv.on('end', resolve);
    csv.on('error', reject);
  });
  out.write(UTF8_BOM);
  let count = 0;
  const put = async (record: (string | number)[]) => {
    if (!csv.write(record)) await once(csv, 'drain');
  };
  await put(columns.map((column) => column.header));
  for await (const page of pages) {
    for (const row of page) await put(columns.map((column) => csvCell(column, row)));
    count += page.length;
    onRows(page.length);
  }
  csv.end();
  await piping;
  return count;
};
