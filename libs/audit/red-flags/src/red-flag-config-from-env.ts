import { DomainError } from '@kongthun/kernel';
import { parseRedFlagConfig, RedFlagConfig } from './red-flag-config';

/** Where a host finds the thresholds: a JSON file, inline JSON over it, or neither (the defaults). */
export const RED_FLAG_CONFIG_FILE_ENV = 'KONGTHUN_RED_FLAGS_FILE';
export const RED_FLAG_CONFIG_JSON_ENV = 'KONGTHUN_RED_FLAGS';

const jsonOf = (text: string, from: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below with the source named
  }
  throw new DomainError('red-flags.config-invalid', `Red-flag configuration in ${from} is not a JSON object`, {
    messageTh: `การตั้งค่าธงแดงใน ${from} ไม่ใช่ JSON`,
    details: { field: from },
  });
};

/**
 * The thresholds a host runs with: the file named by `KONGTHUN_RED_FLAGS_FILE`, then each section
 * given in `KONGTHUN_RED_FLAGS` (inline JSON) over it. Reading the file is the caller's: this
 * library does no I/O.
 */
export const redFlagConfigFromEnv = (
  env: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string,
): RedFlagConfig => {
  const path = env[RED_FLAG_CONFIG_FILE_ENV];
  const inline = env[RED_FLAG_CONFIG_JSON_ENV];
  const fromFile = path ? jsonOf(readFile(path), path) : {};
  const fromEnv = inline ? jsonOf(inline, RED_FLAG_CONFIG_JSON_ENV) : {};
  return parseRedFlagConfig({ ...fromFile, ...fromEnv });
};
