import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '@kongthun/kernel';

/**
 * Reads a CSV with a header row as records, `chunkSize` at a time, so a million-row import holds
 * one chunk in memory, never the file. `csv-parse` (the `csv` project, kept since 2010) does the
 * quoting; a malformed file is refused with `relief.csv-malformed`.
 */
export async function* csvChunks(input: Readable, chunkSize: number): AsyncGenerator<{ line: number; record: Record<string, string> }[]> {
  const parser = input.pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true }));
  let chunk: { line: number; record: Record<string, string> }[] = [];
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      line += 1;
      chunk.push({ line, record });
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
  } catch (error) {
    throw new DomainError('relief.csv-malformed', `The CSV cannot be read near line ${line}: ${(error as Error).message}`, {
      messageTh: 'อ่านไฟล์ CSV ไม่ได้',
      details: { line },
    });
  }
  if (chunk.length > 0) yield chunk;
}
