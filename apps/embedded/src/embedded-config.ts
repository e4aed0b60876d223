import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Settings of the embedded host, from the environment with defaults that need no server. */
export interface EmbeddedConfig {
  dataDir: string;
  port: number;
  host: string;
  jwtSecret: string;
  demo: boolean;
}

/** The signing secret survives restarts (tokens stay valid) and never leaves the data folder. */
const jwtSecretIn = (dataDir: string): string => {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
};

export const embeddedConfig = (argv: string[], env: NodeJS.ProcessEnv): EmbeddedConfig => {
  const dataDir = resolve(env.KONGTHUN_DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true });
  return {
    dataDir,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    jwtSecret: env.KONGTHUN_JWT_SECRET ?? jwtSecretIn(dataDir),
    demo: argv.includes('--demo'),
  };
};
