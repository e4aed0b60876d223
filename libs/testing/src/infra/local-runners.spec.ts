// The global setup's helpers are plain CommonJS (jest loads them before any transform).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { canRunLocally, startLocal } = require('./local-runners') as {
  canRunLocally(isOnPath: (command: string) => boolean): boolean;
  startLocal(
    engine: object,
    env: Record<string, string>,
    run: (script: string, env: Record<string, string>) => string,
    exists: (path: string) => boolean,
  ): { url: string; stop(): void };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engines = require('./engines') as { name: string }[];

const kafka = engines.find((e) => e.name === 'kafka')!;

describe('the local engine runners of the global setup', () => {
  it('need both java and mvn', () => {
    expect(canRunLocally((c) => c === 'java' || c === 'mvn')).toBe(true);
    expect(canRunLocally((c) => c === 'java')).toBe(false);
  });

  it("take the engine's address from the start script and stop the runner they started after the run", () => {
    const ran: string[] = [];
    const run = (script: string) => {
      ran.push(script.split('/').slice(-2).join('/'));
      return 'fetching jars\nKAFKA_BROKERS=127.0.0.1:19092\n';
    };
    const started = startLocal(kafka, { KAFKA_STATE_DIR: '/tmp/kt-state' }, run, () => false);
    expect(started.url).toBe('127.0.0.1:19092');
    started.stop();
    expect(ran).toEqual(['kafka/start.sh', 'kafka/stop.sh']);
  });

  it('leave a runner that was already up (its pid file in the state dir) running', () => {
    const ran: string[] = [];
    const seen: string[] = [];
    const run = (script: string) => {
      ran.push(script);
      return 'KAFKA_BROKERS=127.0.0.1:9092';
    };
    const started = startLocal(kafka, { KAFKA_STATE_DIR: '/tmp/kt-state' }, run, (path) => seen.push(path) > 0);
    started.stop();
    expect(seen).toEqual(['/tmp/kt-state/kafka.pid']);
    expect(ran).toHaveLength(1);
  });

  it('refuse a start script that printed no address', () => {
    expect(() =>
      startLocal(
        kafka,
        {},
        () => 'started\n',
        () => false,
      ),
    ).toThrow(/printed no KAFKA_BROKERS/);
  });
});
