import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DisbursementDetail } from '../store/disbursement-details';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** What the process holds after a full collection: the JavaScript heap and every Buffer. */
const retainedBytes = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** A disbursement as the store gives it, different for every `seq`, with Thai names. */
export const numberedDetail = (seq: number): DisbursementDetail => ({
  seq,
  messageId: `0190f000-0000-8000-8000-${seq.toString(16).padStart(12, '0')}`,
  programme: 'welfare',
  unitId: `unit-${seq % 997}`,
  unitName: `กองทุนสวัสดิการชุมชนตำบลที่ ${seq % 997}`,
  disbursementId: `d-${seq}`,
  commitmentId: null,
  kind: 'benefit',
  purpose: 'sickness',
  method: 'bank-transfer',
  paidOn: `2023-0${1 + (seq % 9)}-1${seq % 10}`,
  fiscalYear: 2566,
  areaCode: '190101',
  recipientRef: `member-${seq}`,
  amountSatang: BigInt(100 + ((seq * 7919) % 5_000_000)),
});

/** Pages made only when asked for, counting how many the writer has asked for. */
export const countedPages = (total: number, size: number) => {
  const counter = { pulled: 0 };
  async function* pages() {
    for (let start = 0; start < total; start += size) {
      counter.pulled += 1;
      yield Array.from({ length: Math.min(size, total - start) }, (_, i) => numberedDetail(start + i + 1));
    }
  }
  return { counter, pages: pages() };
};

/**
 * Polls until the download is holding a write back and the writer has stopped asking for pages
 * (five polls in a row): it is waiting on the download. A busy machine only makes this slower.
 */
const settled = async (counter: { pulled: number }, waiting: () => boolean) => {
  for (let still = 0, last = -1; still < 5;) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    still = waiting() && counter.pulled === last ? still + 1 : 0;
    last = counter.pulled;
  }
};

export interface Stop {
  /** Bytes the download had taken when it stopped. */
  received: number;
  /** Pages the writer had read by then. */
  pulled: number;
  /** Memory held by the process (after a full collection) above what it held before the export. */
  retainedMb: number;
}

/**
 * Runs an export of `rows` rows into a download that stops at its first byte and after each
 * further megabyte, `stops` times, until the writer has stopped reading pages; at each stop it
 * records how far the writer had read and what memory it held. No timing is measured: a slow
 * machine only makes the stops come later.
 */
export const exportWithStops = async (
  write: (pages: AsyncIterable<DisbursementDetail[]>, out: Writable) => Promise<number>,
  { rows, pageSize, stops: stopCount }: { rows: number; pageSize: number; stops: number },
) => {
  const { counter, pages } = countedPages(rows, pageSize);
  let received = 0;
  let held: (() => void) | undefined;
  let nextStop = 0;
  const download = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received < nextStop) setImmediate(done);
      else held = done;
    },
  });
  const baseline = retainedBytes();
  const stops: Stop[] = [];
  const writing = write(pages, download);
  for (let stop = 0; stop < stopCount; stop += 1) {
    await settled(counter, () => held !== undefined);
    stops.push({ received, pulled: counter.pulled, retainedMb: (retainedBytes() - baseline) / 1e6 });
    nextStop = received + 1_000_000;
    const release = held;
    held = undefined;
    release?.();
  }
  nextStop = Infinity;
  held?.();
  const written = await writing;
  if (!download.writableEnded) download.end();
  return { written, received, pulled: counter.pulled, stops };
};
