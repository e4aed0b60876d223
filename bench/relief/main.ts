/**
 * `npm run bench:relief`: the relief pipeline (bulk registration, assessment, run create, dry run,
 * approval, bank-file export, result import with 1% failures) at a baseline size and at the target
 * size, each in its own process so each reports its own peak RSS. Memory flat in the number of
 * households means the two peaks are close while the work grows tenfold.
 * BENCH_RELIEF_HOUSEHOLDS (or BENCH_HOUSEHOLDS; 100000) and BENCH_RELIEF_BASELINE (10000); DATABASE_URL for PostgreSQL,
 * else PGlite in a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { hostFacts } from '../host-facts';
import { runPipeline } from './pipeline';

const child = process.argv[2] === '--size';
if (child) {
  runPipeline(Number(process.argv[3]), process.env.DATABASE_URL)
    .then((figures) => {
      console.log(JSON.stringify(figures));
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
} else {
  const sizes = [
    Number(process.env.BENCH_RELIEF_BASELINE ?? 10_000),
    Number(process.env.BENCH_RELIEF_HOUSEHOLDS ?? process.env.BENCH_HOUSEHOLDS ?? 100_000),
  ];
  console.log(JSON.stringify(hostFacts()));
  const runs = sizes.map((size) => {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', __filename, '--size', String(size)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const figures = JSON.parse(output.trim().split('\n').at(-1) as string) as Awaited<ReturnType<typeof runPipeline>>;
    return { size, ...figures };
  });
  const [base, target] = runs;
  console.log(`store: ${target.store}`);
  console.log(`| step | ${base.size.toLocaleString('en')} households (s) | ${target.size.toLocaleString('en')} households (s) | ratio |`);
  console.log('|---|---:|---:|---:|');
  for (const [i, step] of target.steps.entries())
    console.log(
      `| ${step.step} | ${base.steps[i].seconds.toFixed(1)} | ${step.seconds.toFixed(1)} | ${(step.seconds / base.steps[i].seconds).toFixed(1)}× |`,
    );
  const total = (run: typeof base) => run.steps.reduce((sum, step) => sum + step.seconds, 0);
  console.log(
    `| **whole pipeline** | ${total(base).toFixed(1)} | ${total(target).toFixed(1)} | ${(total(target) / total(base)).toFixed(1)}× |`,
  );
  console.log(`| **peak RSS (MiB)** | ${base.peakRssMiB} | ${target.peakRssMiB} | ${(target.peakRssMiB / base.peakRssMiB).toFixed(2)}× |`);
}
