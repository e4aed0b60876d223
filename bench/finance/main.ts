import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:finance [-- --rows N]`: exports N (1,500,000) disbursement rows to CSV and to
 * XLSX through Kongthun's writers (Thai headers and labels, BE dates, baht cells) and through the
 * bare libraries (csv-stringify, exceljs's streaming writer) on the same rows, each in its own
 * process, and prints rows per second, the ratio to the bare library, and peak RSS with its
 * samples over the run (flat memory is the point: the 121 platform runs out of memory at 1.5 M).
 */
const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_500_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-finance-'));
const node = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'subject.ts')];

interface Result {
  subject: string;
  rows: number;
  ms: number;
  bytes: number;
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
try {
  for (const [subject, extension] of [
    ['csv-bare', 'csv'],
    ['csv-kongthun', 'csv'],
    ['xlsx-bare', 'xlsx'],
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
const bare = (r: Result) => results.find((x) => x.subject === r.subject.replace('kongthun', 'bare'))!;
const spread = (samples: number[]) => {
  const tail = samples.slice(Math.floor(samples.length / 10));
  return tail.length ? `${Math.min(...tail)}–${Math.max(...tail)}` : 'n/a';
};
console.log(`| subject | rows | seconds | rows/s | vs bare | file MB | peak RSS MB | RSS after the first 10% (MB) |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|---|`);
for (const r of results)
  console.log(
    `| ${r.subject} | ${r.rows.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} | ${perSecond(r).toLocaleString('en')} | ${(perSecond(r) / perSecond(bare(r))).toFixed(2)}× | ${(r.bytes / 1e6).toFixed(1)} | ${r.peakRssMb} | ${spread(r.rssSamplesMb)} |`,
  );
