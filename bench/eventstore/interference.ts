import { Client } from 'pg';
import { BENCH_APPLICATION } from './config';

export interface Interference {
  samples: number;
  /** Samples in which some PostgreSQL client other than this bench was running a statement. */
  busySamples: number;
  maxOtherSessions: number;
}

/**
 * This server and machine may be shared (other test runs, other sessions). Every bench connection
 * carries `application_name=kongthun-bench`, so any other active client seen while a subject runs
 * is someone else competing for the same disk and cores: reported next to the figures, not hidden.
 */
/** Samples pg_stat_activity every `everyMs` until the returned function is called. */
export const watchServer = async (url: string, everyMs = 100): Promise<() => Promise<Interference>> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  const result: Interference = { samples: 0, busySamples: 0, maxOtherSessions: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ others: number }>(
        `SELECT count(*)::int AS others FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND state NOT LIKE 'idle%' AND pid <> pg_backend_pid() AND application_name <> $1`,
        [BENCH_APPLICATION],
      );
      result.samples++;
      if (rows[0].others > 0) result.busySamples++;
      result.maxOtherSessions = Math.max(result.maxOtherSessions, rows[0].others);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop.catch(() => undefined);
    await client.end();
    return result;
  };
};
