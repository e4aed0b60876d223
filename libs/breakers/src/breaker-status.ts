import CircuitBreaker from 'opossum';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What a health endpoint shows of a breaker. */
export interface BreakerStatus {
  name: string;
  state: BreakerState;
  failures: number;
  successes: number;
}

export const breakerStatus = (name: string, breaker: CircuitBreaker): BreakerStatus => ({
  name,
  state: breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed',
  failures: breaker.stats.failures,
  successes: breaker.stats.successes,
});
