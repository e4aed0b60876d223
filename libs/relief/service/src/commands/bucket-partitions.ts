import { once } from 'node:events';
import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** ~1,000 households a bucket: a partition of 50 buckets holds about 50,000 rows in memory. */
export const BUCKETS_PER_PARTITION = 50;
/** Open files stay bounded for the largest declarations (65,536 buckets); partitions grow instead. */
const MAX_PARTITIONS = 256;

/**
 * The rows of one import sorted into temporary files by range of buckets, then handed back one
 * range at a time, grouped by bucket. A file read in its own order touches every bucket once per
 * chunk, so each bucket stream would be read and appended to once per chunk (a million households:
 * twenty times); sorted, each bucket is read once and appended to once per import, and memory
 * holds one partition, never the file.
 */
export class BucketPartitions<Row> {
  private readonly files = new Map<number, WriteStream>();
  private readonly bucketsPerPartition: number;

  private constructor(
    private readonly dir: string,
    buckets: number,
  ) {
    this.bucketsPerPartition = Math.max(BUCKETS_PER_PARTITION, Math.ceil(buckets / MAX_PARTITIONS));
  }

  static async open<Row>(buckets: number): Promise<BucketPartitions<Row>> {
    return new BucketPartitions<Row>(await mkdtemp(join(tmpdir(), 'relief-partitions-')), buckets);
  }

  /** Writes the row to its bucket's partition, waiting for the disk when the buffer is full. */
  async add(bucket: number, row: Row): Promise<void> {
    const partition = Math.floor(bucket / this.bucketsPerPartition);
    let file = this.files.get(partition);
    if (file === undefined) {
      file = createWriteStream(join(this.dir, `${partition}.jsonl`));
      this.files.set(partition, file);
    }
    if (!file.write(`${JSON.stringify([bucket, row])}\n`)) await once(file, 'drain');
  }

  /** Each partition's rows grouped by bucket, in bucket order; rows keep the order they were added in. */
  async *byBucket(): AsyncGenerator<Map<number, Row[]>> {
    for (const file of this.files.values()) {
      file.end();
      await once(file, 'finish');
    }
    for (const partition of [...this.files.keys()].sort((a, b) => a - b)) {
      const rows = new Map<number, Row[]>();
      for await (const text of createInterface({ input: createReadStream(join(this.dir, `${partition}.jsonl`)), crlfDelay: Infinity })) {
        const [bucket, row] = JSON.parse(text) as [number, Row];
        const list = rows.get(bucket);
        if (list === undefined) rows.set(bucket, [row]);
        else list.push(row);
      }
      yield new Map([...rows].sort(([a], [b]) => a - b));
    }
  }

  async remove(): Promise<void> {
    for (const file of this.files.values()) file.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
