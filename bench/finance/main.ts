import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSubject } from './compile-subject';

/**
 * `npm run bench:finance [-- --rows N]`: exports N (1,500,000) disbursement rows to CSV and to
 * XLSX through Kongthun's writers (Thai headers and labels, BE dates, baht cells) and through the
 * bare libraries (csv-stringify, exceljs's streaming writer) on the same rows, each in its own
 * process of plain node running the compiled subject, and prints rows per second, the ratio to
 * the bare library, the RSS before the first row, and peak RSS with its samples over the run
 * (flat memory is the point: the 121 platform runs out of memory at 1.5 M).
 */
const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_500_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-finance-'));
const compiled = compileSubject(join(__dirname, '..', '..'));
const node = ['-r', compiled.preload, compiled.entry];

interface Result {
  subject: string;
  rows: number;
  ms: number;
  bytes: number;
  baselineRssMb: number;
  peakRssMb: number;
  rssSamplesMb: number[];
}
const run = (subject: string, extension: string): Result =>
  JSON.parse(
    execFileSync(process.execPath, [...node, subject, String(rows), join(dir, `${subject}.${extension}`)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }).trim(),
  );

const results: Result[] = [];
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
process.stderr.write(`load average at the start: ${load()}\n`);
try {
  for (const [subject, extension] of [
    ['csv-bare', 'csv'],
    ['csv-kongthun', 'csv'],
    ['xlsx-bare', 'xlsx'],
    ['xlsx-zip-bare', 'xlsx'],
    ['xlsx-kongthun', 'xlsx'],
  ]) {
    const result = run(subject, extension);
    results.push(result);
    process.stderr.write(`${subject}: ${result.rows} rows in ${(result.ms / 1000).toFixed(1)} s\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const perSecond = (r: Result) => Math.round(r.rows / (r.ms / 1000));
const format = (r: Result) => r.subject.split('-')[0];
/** Each subject against the bare subjects of its format before it: the XLSX writer against exceljs and against zip-stream alone. */
const versus = (r: Result) => {
  const peers = results.filter(
    (x) => x !== r && format(x) === format(r) && x.subject.endsWith('bare') && results.indexOf(x) < results.indexOf(r),
  );
  if (peers.length === 0) return '1.00×';
  return peers.map((peer) => `${(perSecond(r) / perSecond(peer)).toFixed(2)}× ${peer.subject}`).join(', ');
};
const spread = (samples: number[]) => {
  const tail = samples.slice(Math.floor(samples.length / 10));
  return tail.length ? `${Math.min(...tail)}–${Math.max(...tail)}` : 'n/a';
};
console.log(
  `| subject | rows | seconds | rows/s | vs bare | file MB | RSS before the first row MB | peak RSS MB | RSS after the first 10% (MB) |`,
);
console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---|`);
for (const r of results)
  console.log(
    `| ${r.subject} | ${r.rows.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} | ${perSecond(r).toLocaleString('en')} | ${versus(r)} | ${(r.bytes / 1e6).toFixed(1)} | ${r.baselineRssMb} | ${r.peakRssMb} | ${spread(r.rssSamplesMb)} |`,
  );
console.log(`\nLoad average (1, 5, 15 min) at the end: ${load()}`);
