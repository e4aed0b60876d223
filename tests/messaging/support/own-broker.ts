import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const INFRA = join(__dirname, '..', '..', '..', 'infra', 'kafka');

/**
 * A second, private broker from infra/kafka on its own ports, for a test that stops and restarts it
 * without disturbing the suites that share the main broker.
 */
export const ownBroker = (port: number) => {
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_STATE_DIR: mkdtempSync(join(tmpdir(), 'kt-kafka-')),
  };
  return {
    brokers: `127.0.0.1:${port}`,
    start: async (keepData = false) => {
      await run(join(INFRA, 'start.sh'), { env: { ...env, KAFKA_KEEP_DATA: keepData ? '1' : '0' }, timeout: 150_000 });
    },
    stop: async () => {
      await run(join(INFRA, 'stop.sh'), { env, timeout: 60_000 });
    },
  };
};
