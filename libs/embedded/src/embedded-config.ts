import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RedFlagConfig, redFlagConfigFromEnv } from '@kongthun/audit-red-flags';
import { lapseIntervalFromEnv } from '@kongthun/welfare-service';

/** Settings of the embedded host, from the environment with defaults that need no server. */
export interface EmbeddedConfig {
  dataDir: string;
  port: number;
  host: string;
  jwtSecret: string;
  /** HMAC key for citizen IDs: outside the event log, so matching works and the log holds no digits. */
  citizenIdKey: string;
  /**
   * Master key wrapping members' personal-data keys. Embedded, it sits in the data folder like the
   * other secrets, so a copy of ./data is a copy of the personal data; a server deployment passes it
   * from a secret store (`KONGTHUN_PERSONAL_DATA_KEY`) instead.
   */
  personalDataKey: string;
  demo: boolean;
  /** Red-flag thresholds: `config/red-flags.json`, or the file `KONGTHUN_RED_FLAGS_FILE` names. */
  redFlags: RedFlagConfig;
  /** Between runs of the lapse job: `KONGTHUN_LAPSE_INTERVAL_MINUTES` (60; 0 turns it off). */
  lapseIntervalMs: number;
}

/** A secret made on first start and kept in the data folder, so tokens and citizen-ID hashes survive restarts. */
export const secretIn = (file: string): string => {
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
};

/** The thresholds `npm start` runs with, from the repository root. */
export const DEFAULT_RED_FLAGS_FILE = 'config/red-flags.json';

export const embeddedConfig = (argv: string[], env: NodeJS.ProcessEnv): EmbeddedConfig => {
  const dataDir = resolve(env.KONGTHUN_DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true });
  return {
    dataDir,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    jwtSecret: env.KONGTHUN_JWT_SECRET ?? secretIn(join(dataDir, 'jwt-secret')),
    citizenIdKey: env.KONGTHUN_CITIZEN_ID_KEY ?? secretIn(join(dataDir, 'citizen-id-key')),
    personalDataKey: env.KONGTHUN_PERSONAL_DATA_KEY ?? secretIn(join(dataDir, 'personal-data-key')),
    demo: argv.includes('--demo'),
    // The repository's thresholds unless KONGTHUN_RED_FLAGS_FILE names others; KONGTHUN_RED_FLAGS overrides sections.
    redFlags: redFlagConfigFromEnv(
      { KONGTHUN_RED_FLAGS_FILE: existsSync(DEFAULT_RED_FLAGS_FILE) ? DEFAULT_RED_FLAGS_FILE : undefined, ...env },
      (path) => readFileSync(path, 'utf8'),
    ),
    lapseIntervalMs: lapseIntervalFromEnv(env),
  };
};
