import { chainCheckBench } from './chain-check-bench';
import { AuditBenchConfig } from './config';
import { findingsBench } from './findings-bench';
import { ScaleResult } from './scale-result';
import { scannerBench, ScannerStateFigures } from './scanner-bench';

export interface IncrementalResults {
  chain: ScaleResult[];
  findings: ScaleResult[];
  scanner: ScaleResult[];
  scannerStates: ScannerStateFigures[];
}

/** The three incremental parts of the audit service (chain check, findings listing, scanner restart) on each engine, as `parts` asks. */
export async function incrementalBench(config: AuditBenchConfig, engines: readonly ('pglite' | 'pg')[]): Promise<IncrementalResults> {
  const out: IncrementalResults = { chain: [], findings: [], scanner: [], scannerStates: [] };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    process.stdout.write(`${name} ... `);
    const started = performance.now();
    const result = await work();
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  for (const engine of engines) {
    if (config.parts.includes('chain')) out.chain.push(...(await step(`${engine} chain check`, () => chainCheckBench(engine, config))));
    if (config.parts.includes('findings'))
      out.findings.push(...(await step(`${engine} findings listing`, () => findingsBench(engine, config))));
    if (config.parts.includes('scanner')) {
      const { results, states } = await step(`${engine} red-flag scanner`, () => scannerBench(engine, config));
      out.scanner.push(...results);
      out.scannerStates.push(...states);
    }
  }
  return out;
}
