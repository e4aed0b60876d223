import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine a benchmark ran on, printed beside its figures. */
export interface HostFacts {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  /** Read before any subject runs: anything well above 0 is someone else's work on the same cores. */
  loadAverage: number[];
  node: string;
  platform: string;
}

export const hostFacts = (): HostFacts => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  node: process.version,
  platform: `${platform()} ${release()}`,
});
