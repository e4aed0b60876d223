import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/**
 * A CSV upload written to a temporary file while its SHA-256 is taken: imports read it twice
 * (check every row, then apply), so a file malformed at its last line is refused before its first
 * is stored, and memory holds a chunk, never the file.
 */
export interface SpooledUpload {
  sha256: string;
  bytes: number;
  open(): Readable;
  remove(): Promise<void>;
}

export const spoolUpload = async (input: Readable): Promise<SpooledUpload> => {
  const dir = await mkdtemp(join(tmpdir(), 'relief-upload-'));
  const path = join(dir, 'upload.csv');
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(
    input,
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    }),
    createWriteStream(path),
  );
  return { sha256: hash.digest('hex'), bytes, open: () => createReadStream(path), remove: () => rm(dir, { recursive: true, force: true }) };
};
