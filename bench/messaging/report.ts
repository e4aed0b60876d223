import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostFacts } from '../host-facts';

export interface MachineFacts extends HostFacts {
  postgres: string;
  synchronousCommit: string;
  kafka: string;
}

export interface ThroughputResult {
  subject: string;
  events: number;
  seconds: number;
  eventsPerSec: number;
}

export interface LagResult {
  subject: string;
  offeredRate: number;
  /** Sends or appends completed per second over the send window. */
  achievedRate: number;
  sent: number;
  received: number;
  /** Sends or appends that were still in flight when the window closed, at most; a sign the producer side fell behind. */
  maxInFlight: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

const figure = (n: number): string => (Number.isNaN(n) ? '–' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

const table = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const head = line(header);
  return [head, '-'.repeat(head.length), ...rows.map(line)].join('\n');
};

export const formatThroughput = (results: ThroughputResult[]): string => {
  const raw = results.find((r) => r.subject.startsWith('raw'));
  return table(
    ['publish the log to Kafka', 'events', 'seconds', 'events/s', 'vs raw'],
    results.map((r) => [
      r.subject,
      r.events.toLocaleString('en-US'),
      r.seconds.toFixed(2),
      figure(r.eventsPerSec),
      raw && r !== raw ? ratio(r.eventsPerSec, raw.eventsPerSec) : '',
    ]),
  );
};

export const formatLag = (results: LagResult[]): string => {
  const rows: string[][] = [];
  for (const r of results) {
    const raw = results.find((b) => b.offeredRate === r.offeredRate && b.subject.startsWith('raw'));
    const vs = raw && r !== raw ? `${ratio(r.p50, raw.p50)} / ${ratio(r.p99, raw.p99)}` : '';
    rows.push([
      r.subject,
      r.offeredRate.toLocaleString('en-US'),
      figure(r.achievedRate),
      `${r.received.toLocaleString('en-US')}/${r.sent.toLocaleString('en-US')}`,
      String(r.maxInFlight),
      figure(r.p50),
      figure(r.p95),
      figure(r.p99),
      figure(r.max),
      vs,
    ]);
  }
  return table(
    ['end-to-end lag (ms)', 'offered/s', 'achieved/s', 'received', 'max in flight', 'p50', 'p95', 'p99', 'max', 'p50 / p99 vs raw'],
    rows,
  );
};

export const writeJson = (file: string, content: unknown): void => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
};
