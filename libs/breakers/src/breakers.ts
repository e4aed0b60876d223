import CircuitBreaker from 'opossum';
import { isDomainError } from '@kongthun/kernel';
import { BreakerStatus, breakerStatus } from './breaker-status';
import { dependencyUnavailable } from './dependency-unavailable';

export interface BreakerOptions {
  /** Failures in the rolling window, as a percentage of calls, that open the breaker (50). */
  errorThresholdPercentage?: number;
  /** Calls in the window before it may open at all (5). */
  volumeThreshold?: number;
  /** Milliseconds it stays open before one trial call (10000). */
  resetTimeoutMs?: number;
  /** The rolling window, in milliseconds (10000). */
  rollingCountTimeoutMs?: number;
  /** Errors that say "no" rather than "broken" (a refusal, a not-found): not counted. Domain errors never are. */
  isRefusal?: (error: unknown) => boolean;
}

/**
 * Every breaker of one process, by name: each network call of a service (a Kafka consumer's
 * connection, a MongoDB read model, a source store the auditor reads) goes through its own, and
 * /health shows them all. One breaker per name, so the same dependency shares one.
 */
export class Breakers {
  private readonly byName = new Map<string, CircuitBreaker>();

  constructor(private readonly defaults: BreakerOptions = {}) {}

  private breaker(name: string, options: BreakerOptions): CircuitBreaker {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const merged = { ...this.defaults, ...options };
    const breaker = new CircuitBreaker(<T>(call: () => Promise<T>) => call(), {
      name,
      // Drivers keep their own timeouts (a consumer's join may rightly take long).
      timeout: false,
      errorThresholdPercentage: merged.errorThresholdPercentage ?? 50,
      volumeThreshold: merged.volumeThreshold ?? 5,
      resetTimeout: merged.resetTimeoutMs ?? 10_000,
      rollingCountTimeout: merged.rollingCountTimeoutMs ?? 10_000,
      errorFilter: (error: unknown) => isDomainError(error) || (merged.isRefusal?.(error) ?? false),
    });
    this.byName.set(name, breaker);
    return breaker;
  }

  /** Runs `call` through the breaker `name`; while it is open, refuses at once with `dependency.unavailable`. */
  async run<T>(name: string, call: () => Promise<T>, options: BreakerOptions = {}): Promise<T> {
    const breaker = this.breaker(name, options);
    try {
      return (await breaker.fire(call)) as T;
    } catch (error) {
      if ((error as { code?: string } | undefined)?.code === 'EOPENBREAKER') throw dependencyUnavailable(name);
      throw error;
    }
  }

  /** `fn` with every call through the breaker `name`. */
  guard<Args extends unknown[], T>(
    name: string,
    fn: (...args: Args) => Promise<T>,
    options: BreakerOptions = {},
  ): (...args: Args) => Promise<T> {
    this.breaker(name, options);
    return (...args: Args) => this.run(name, () => fn(...args), options);
  }

  statuses(): BreakerStatus[] {
    return [...this.byName].map(([name, breaker]) => breakerStatus(name, breaker));
  }

  /** Stops the rolling-window timers. */
  shutdown(): void {
    for (const breaker of this.byName.values()) breaker.shutdown();
  }
}
