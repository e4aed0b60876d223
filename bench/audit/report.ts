import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProofResult, RateResult } from './memory-bench';
import { ScaleResult } from './scale-result';
import type { ScannerStateFigures } from './scanner-bench';

const figure = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(a / b >= 0.1 ? 2 : 4)}×` : '–');

const table = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ');
  const head = line(header);
  return [head, '-'.repeat(head.length), ...rows.map(line)].join('\n');
};

/** Rates, each with its ratio to `baseline` (the first row unless given). */
export const formatRates = (title: string, unit: string, rows: RateResult[], baseline: RateResult = rows[0]): string =>
  table(
    [title, 'count', 'seconds', unit, 'vs node:crypto'],
    rows.map((r) => [
      r.subject,
      r.count.toLocaleString('en-US'),
      r.seconds.toFixed(2),
      figure(r.perSec),
      r === baseline ? 'baseline' : ratio(r.perSec, baseline.perSec),
    ]),
  );

/** Proof times per size, the growth between consecutive sizes of one subject, and node:crypto over the path's hashes. */
export const formatProofs = (rows: ProofResult[]): string => {
  const body = rows.map((r, i) => {
    const prev = rows[i - 1]?.subject === r.subject ? rows[i - 1] : undefined;
    return [
      r.subject,
      r.size.toLocaleString('en-US'),
      r.pathLength.toFixed(1),
      figure(r.makeMicros),
      r.verifyMicros === undefined ? '' : figure(r.verifyMicros),
      r.baselineMicros === undefined ? '' : figure(r.baselineMicros),
      r.baselineMicros === undefined ? '' : ratio(r.baselineMicros, r.makeMicros),
      prev
        ? `${(r.makeMicros / prev.makeMicros).toFixed(2)}× (path ${(r.pathLength / prev.pathLength).toFixed(2)}×, size ${(r.size / prev.size).toFixed(0)}×)`
        : '',
    ];
  });
  return table(
    ['inclusion proof', 'tree size', 'path', 'µs make', 'µs verify', 'µs node:crypto', 'vs node:crypto', 'growth of make'],
    body,
  );
};

export const writeJson = (file: string, value: unknown): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2));
};

/**
 * Incremental operations next to their baseline at each size, with the growth of each between
 * consecutive sizes of one subject: flat incremental growth is the point.
 */
export const formatScale = (title: string, rows: ScaleResult[]): string =>
  table(
    [title, 'size', 'ms incremental', 'ms baseline', 'incr./baseline', 'growth incr.', 'growth baseline', 'what the incremental side did'],
    rows.map((r, i) => {
      const prev = rows[i - 1]?.subject === r.subject ? rows[i - 1] : undefined;
      return [
        r.subject,
        r.size.toLocaleString('en-US'),
        figure(r.incrementalMs),
        figure(r.baselineMs),
        ratio(r.incrementalMs, r.baselineMs),
        prev ? `${(r.incrementalMs / prev.incrementalMs).toFixed(2)}× (size ${(r.size / prev.size).toFixed(0)}×)` : '',
        prev ? `${(r.baselineMs / prev.baselineMs).toFixed(2)}×` : '',
        r.note,
      ];
    }),
  );

/** The scanner's saved state: its size and what writing it costs once per batch. */
export const formatScannerStates = (rows: ScannerStateFigures[]): string =>
  table(
    [
      'red-flag state saved per batch',
      'messages',
      'state KiB',
      'ms serialize',
      'ms save',
      'ms per batch',
      'ms parse at restart',
      'findings',
    ],
    rows.map((r) => [
      r.subject,
      r.size.toLocaleString('en-US'),
      figure(r.stateBytes / 1024),
      figure(r.serializeMs),
      figure(r.saveMs),
      figure(r.serializeMs + r.saveMs),
      figure(r.parseMs),
      r.findings.toLocaleString('en-US'),
    ]),
  );
