/**
 * `describe` for a suite that needs a real engine: runs it when the global setup found the engine,
 * otherwise registers a single skipped test whose name says why, and prints the reason once,
 * so a skip is never silent.
 */
export type EngineName = 'postgres' | 'kurrentdb' | 'kafka' | 'mongo';

const envVarOf: Record<EngineName, string> = {
  postgres: 'DATABASE_URL',
  kurrentdb: 'KURRENTDB_URL',
  kafka: 'KAFKA_BROKERS',
  mongo: 'MONGO_URL',
};

export const engineUrl = (engine: EngineName): string | undefined => process.env[envVarOf[engine]];

export const describeWithEngine = (engine: EngineName, name: string, body: (url: string) => void): void => {
  const url = engineUrl(engine);
  if (url) {
    describe(name, () => body(url));
    return;
  }
  const reason = process.env[`KONGTHUN_MISSING_${engine.toUpperCase()}`] ?? `${envVarOf[engine]} is not set`;
  process.stderr.write(`\n!!! SKIPPED ${name}: ${reason}\n`);
  describe(name, () => {
    it.skip(`needs ${engine}: ${reason}`, () => undefined);
  });
};
