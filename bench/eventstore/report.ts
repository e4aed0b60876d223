import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchConfig } from './config';
import { HostFacts } from '../host-facts';

export type PhaseName = 'oneStream1' | 'oneStreamBatch' | 'manyStreams' | 'readAll';

export interface PhaseResult {
  appends: number;
  events: number;
  seconds: number;
  appendsPerSec: number;
  eventsPerSec: number;
}

export interface SubjectResult {
  subject: string;
  /** Fraction of the configured append counts this subject ran (PGlite may be scaled down). */
  scale: number;
  phases: Record<PhaseName, PhaseResult>;
  /** events/s of each timed read pass; the table shows the median. */
  readRates: number[];
  eventsWritten: number;
  /** Rows the untimed check pass returned, and how many distinct global positions among them. */
  eventsRead: number;
  distinctRead: number;
}

export interface MachineFacts extends HostFacts {
  postgres: string;
  settings: Record<string, string>;
  payloadBytes: { data: number; metadata: number };
}

export const LABELS: Record<string, string> = {
  raw: 'raw INSERT/SELECT',
  kongthun: 'Kongthun (pg)',
  emmett: 'Emmett 0.42 (pg)',
  pglite: 'Kongthun (PGlite)†',
};

const figure = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const pad = (text: string, width: number): string => text.padStart(width);

interface Row {
  what: string;
  unit: string;
  value: (p: Record<PhaseName, PhaseResult>) => number;
}

export const formatTable = (config: BenchConfig, results: Record<string, SubjectResult>): string => {
  const n = (x: number): string => x.toLocaleString('en-US');
  const rows: Row[] = [
    { what: '1 stream, 1 event/append', unit: 'appends/s', value: (p) => p.oneStream1.appendsPerSec },
    { what: `1 stream, ${config.batchSize} events/append`, unit: 'appends/s', value: (p) => p.oneStreamBatch.appendsPerSec },
    { what: '', unit: 'events/s', value: (p) => p.oneStreamBatch.eventsPerSec },
    {
      what: `${n(config.streams)} streams × ${config.eventsPerStream}, ${config.pool} in flight`,
      unit: 'appends/s',
      value: (p) => p.manyStreams.appendsPerSec,
    },
    { what: `read all, batches of ${n(config.readBatch)}`, unit: 'events/s', value: (p) => p.readAll.eventsPerSec },
  ];
  const whatWidth = Math.max(...rows.map((r) => r.what.length));
  const labelOf = (r: Row): string => `${r.what.padEnd(whatWidth)}  ${r.unit.padEnd(9)}`;
  const width = 20;
  const labelWidth = labelOf(rows[0]).length;
  const raw = results.raw?.phases;
  const cell = (subject: string, row: Row): string => {
    const result = results[subject];
    if (!result) return pad('not run', width);
    const value = row.value(result.phases);
    // Ratios against raw only for the subjects on the same server; PGlite is another engine.
    const vsRaw = raw && subject !== 'raw' && subject !== 'pglite' ? ` ${ratio(value, row.value(raw))} raw` : '';
    return pad(`${figure(value)}${vsRaw}`, width);
  };
  const subjects = ['raw', 'kongthun', 'emmett'];
  const header = [
    ''.padEnd(labelWidth),
    ...subjects.map((s) => pad(LABELS[s], width)),
    pad('Kongthun/Emmett', 16),
    pad(LABELS.pglite, width),
  ].join(' ');
  const lines = [header, '-'.repeat(header.length)];
  for (const row of rows) {
    const kt = results.kongthun?.phases;
    const em = results.emmett?.phases;
    const versus = kt && em ? ratio(row.value(kt), row.value(em)) : '–';
    lines.push([labelOf(row), ...subjects.map((s) => cell(s, row)), pad(versus, 16), cell('pglite', row)].join(' '));
  }
  return lines.join('\n');
};

/** Each figure the best over the rounds (throughput: interference only ever lowers it). */
export const bestOf = (runs: SubjectResult[]): SubjectResult => {
  const phases = { ...runs[0].phases };
  for (const name of Object.keys(phases) as PhaseName[])
    for (const run of runs) if (run.phases[name].eventsPerSec > phases[name].eventsPerSec) phases[name] = run.phases[name];
  return { ...runs[0], phases, readRates: runs.flatMap((run) => run.readRates) };
};

/** Whether each global-log reader returned every event written exactly once, in every round. */
export const formatReadChecks = (runs: Record<string, SubjectResult[]>): string =>
  Object.entries(runs)
    .map(([subject, list]) => {
      const n = (x: number): string => x.toLocaleString('en-US');
      const rounds = list.map((r, i) => {
        const duplicates = r.eventsRead - r.distinctRead;
        const missing = r.eventsWritten - r.distinctRead;
        const verdict = duplicates === 0 && missing === 0 ? 'each once' : `<-- ${n(missing)} MISSING, ${n(duplicates)} DUPLICATED`;
        return `round ${i + 1}: ${n(r.eventsRead)} rows, ${n(r.distinctRead)} distinct of ${n(r.eventsWritten)} written, ${verdict}`;
      });
      return `${(LABELS[subject] ?? subject).padEnd(20)} read all, ${rounds.join('; ')}`;
    })
    .join('\n');

export const writeJson = (file: string, content: unknown): void => {
  mkdirSync(join(file, '..'), { recursive: true });
  // BigInt never reaches here, but guard anyway so a stray one cannot lose the whole result.
  writeFileSync(file, `${JSON.stringify(content, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
};
