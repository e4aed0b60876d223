import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ZipStream from 'zip-stream';
import { ExportColumn } from './export-column';
import { PageCursor } from './spreadsheetml/page-cursor';
import { columnLetters, headerRowXml, rowXml, SHEET_TAIL, sheetHead } from './spreadsheetml/sheet-xml';
import { sheetPath, workbookParts } from './spreadsheetml/workbook-parts';

export { BAHT_FORMAT } from './spreadsheetml/workbook-parts';

/** Excel's last row is 1,048,576; the header takes one, and a longer export goes on to another sheet. */
export const ROWS_PER_SHEET = 1_048_575;
/** Rows serialised into one chunk of the sheet stream: small enough that a chunk is a few hundred KB. */
const ROWS_PER_CHUNK = 256;

export interface XlsxOptions {
  /** The first sheet's name; further sheets add ` (2)`, ` (3)`… */
  sheetName: string;
  onRows?: (count: number) => void;
  rowsPerSheet?: number;
}

/** One sheet's XML as a stream: each chunk is made when the zip asks for it, from rows taken then. */
async function* sheetXml<Row>(cursor: PageCursor<Row>, columns: readonly ExportColumn<Row>[], limit: number, onRows: (n: number) => void) {
  const letters = columns.map((_, i) => columnLetters(i));
  yield Buffer.from(sheetHead(columns) + headerRowXml(columns, letters));
  let rowNumber = 1;
  while (rowNumber <= limit && (await cursor.hasMore())) {
    const rows = cursor.take(Math.min(ROWS_PER_CHUNK, limit - rowNumber + 1));
    let xml = '';
    for (const row of rows) xml += rowXml(columns, letters, ++rowNumber, row);
    yield Buffer.from(xml);
    onRows(rows.length);
  }
  yield Buffer.from(SHEET_TAIL);
}

/** Adds one entry and waits until the zip has taken all of it: entries go in one at a time. */
const entry = (zip: ZipStream, source: Buffer | Readable, name: string): Promise<void> =>
  new Promise((resolve, reject) => zip.entry(source, { name }, (error) => (error ? reject(error) : resolve())));

/**
 * Writes rows to `out` as an XLSX workbook, made here as SpreadsheetML (inline strings, a small
 * style sheet: the Thai font, a bold header, `#,##0.00` for baht) inside a zip written by
 * zip-stream. The sheet is a stream the zip pulls from: a chunk of rows is read from `pages` and
 * serialised only when deflate has room, deflate writes only when the zip's output has room,
 * and the zip's output is piped to `out`. So a slow `out` (a download, a disk) stops the reading
 * of pages, and memory holds a page and a few chunks whatever the length of the export.
 * Ends `out`; resolves when it is finished, with the number of rows.
 */
export const writeXlsx = async <Row>(
  pages: AsyncIterable<readonly Row[]>,
  columns: readonly ExportColumn<Row>[],
  out: Writable,
  options: XlsxOptions = { sheetName: 'ข้อมูล' },
): Promise<number> => {
  const limit = options.rowsPerSheet ?? ROWS_PER_SHEET;
  const cursor = new PageCursor(pages[Symbol.asyncIterator]());
  const zip = new ZipStream();
  const delivered = pipeline(zip, out);
  let count = 0;
  const onRows = (n: number) => {
    count += n;
    options.onRows?.(n);
  };
  let sheet: Readable | undefined;
  const writing = (async () => {
    const sheetNames: string[] = [];
    do {
      sheetNames.push(sheetNames.length ? `${options.sheetName} (${sheetNames.length + 1})` : options.sheetName);
      sheet = Readable.from(sheetXml(cursor, columns, limit, onRows), { objectMode: false });
      await entry(zip, sheet, sheetPath(sheetNames.length));
    } while (await cursor.hasMore());
    for (const [name, text] of workbookParts(sheetNames)) await entry(zip, Buffer.from(text), name);
    zip.finalize();
  })();
  try {
    await Promise.all([writing, delivered]);
    return count;
  } catch (error) {
    // A failed read or a closed download: stop both ends, so neither waits on the other for ever.
    sheet?.destroy();
    zip.destroy(error as Error);
    await delivered.catch(() => undefined);
    await cursor.close();
    throw error;
  }
};
