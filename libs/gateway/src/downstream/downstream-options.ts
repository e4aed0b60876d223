/** The services behind the gateway, each under `/api/<name>` (identity also under `/api/auth`). */
export const SERVICES = ['welfare', 'grants', 'relief', 'audit', 'finance', 'identity'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Path prefixes that are not a service's name: logins and sessions are the identity service's. */
const PREFIX_SERVICES: Readonly<Record<string, ServiceName>> = { auth: 'identity' };

/** The service that answers `/api/<prefix>/…`: the prefix itself, or the service it belongs to. */
export const serviceOfPrefix = (prefix: string): string => PREFIX_SERVICES[prefix] ?? prefix;

/** How the gateway treats one downstream service. */
export interface DownstreamOptions {
  name: string;
  /** e.g. http://welfare-fund:3001; requests keep their path (`/api/welfare/...`). */
  baseUrl: string;
  /** Milliseconds one attempt may take before the client gets 504 `gateway.timeout`. */
  timeoutMs: number;
  /** Requests in flight at once (the bulkhead); one more gets 503 `gateway.bulkhead-full`. */
  maxConcurrent: number;
  /** Extra attempts of a GET or HEAD that failed on the way (never of a POST), with backoff. */
  readRetries: number;
  /** First backoff in milliseconds; doubled for each further retry. */
  retryBackoffMs: number;
  /** The breaker (opossum): failures in a rolling window that open it, and how long it stays open. */
  breaker: { errorThresholdPercentage: number; volumeThreshold: number; resetTimeoutMs: number; rollingCountTimeoutMs: number };
}

export const DEFAULT_DOWNSTREAM: Omit<DownstreamOptions, 'name' | 'baseUrl'> = {
  timeoutMs: 10_000,
  maxConcurrent: 50,
  readRetries: 2,
  retryBackoffMs: 100,
  breaker: { errorThresholdPercentage: 50, volumeThreshold: 5, resetTimeoutMs: 10_000, rollingCountTimeoutMs: 10_000 },
};

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not ${text}`);
  return value;
};

/**
 * Downstreams from the environment: `<SERVICE>_SERVICE_URL` (WELFARE_SERVICE_URL, GRANTS_…, RELIEF_…,
 * AUDIT_…, FINANCE_…, IDENTITY_…; a service without one is answered 503), and for all of them GATEWAY_TIMEOUT_MS,
 * GATEWAY_MAX_CONCURRENT, GATEWAY_READ_RETRIES, GATEWAY_BREAKER_RESET_MS.
 */
export const downstreamsFromEnv = (env: NodeJS.ProcessEnv): DownstreamOptions[] =>
  SERVICES.flatMap((name) => {
    const baseUrl = env[`${name.toUpperCase()}_SERVICE_URL`];
    if (!baseUrl) return [];
    return [
      {
        ...DEFAULT_DOWNSTREAM,
        name,
        baseUrl: baseUrl.replace(/\/+$/, ''),
        timeoutMs: number(env, 'GATEWAY_TIMEOUT_MS', DEFAULT_DOWNSTREAM.timeoutMs),
        maxConcurrent: number(env, 'GATEWAY_MAX_CONCURRENT', DEFAULT_DOWNSTREAM.maxConcurrent),
        readRetries: number(env, 'GATEWAY_READ_RETRIES', DEFAULT_DOWNSTREAM.readRetries),
        breaker: {
          ...DEFAULT_DOWNSTREAM.breaker,
          resetTimeoutMs: number(env, 'GATEWAY_BREAKER_RESET_MS', DEFAULT_DOWNSTREAM.breaker.resetTimeoutMs),
        },
      },
    ];
  });
