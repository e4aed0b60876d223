import { LoginBackoffPolicy } from './login-attempts';

export interface SessionOptions {
  /** Lifetime of an access token: short, since a disabled user keeps a live one until it ends. */
  accessTokenMinutes: number;
  refreshTokenDays: number;
  backoff?: LoginBackoffPolicy;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = { accessTokenMinutes: 15, refreshTokenDays: 7 };

/** `KONGTHUN_ACCESS_TOKEN_MINUTES` (15) and `KONGTHUN_REFRESH_TOKEN_DAYS` (7). */
export const sessionOptionsFromEnv = (env: NodeJS.ProcessEnv): SessionOptions => {
  const positive = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
    return number;
  };
  return {
    accessTokenMinutes: positive('KONGTHUN_ACCESS_TOKEN_MINUTES', DEFAULT_SESSION_OPTIONS.accessTokenMinutes),
    refreshTokenDays: positive('KONGTHUN_REFRESH_TOKEN_DAYS', DEFAULT_SESSION_OPTIONS.refreshTokenDays),
  };
};
