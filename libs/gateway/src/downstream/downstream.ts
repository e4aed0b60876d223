import CircuitBreaker from 'opossum';
import { BreakerStatus, breakerStatus } from '@kongthun/breakers';
import { Bulkhead } from './bulkhead';
import { DownstreamOptions } from './downstream-options';
import { DownstreamAnswer, DownstreamTimeout, ForwardedRequest, forwardRequest } from './forward-request';
import { GatewayRefusal, gatewayRefusal } from './gateway-refusal';

/** Reads that may be sent twice without changing anything; everything else is sent once. */
const IDEMPOTENT = new Set(['GET', 'HEAD']);
/** Answers that say "try again" rather than "this is wrong". */
const RETRYABLE_STATUS = new Set([502, 503, 504]);

/** A downstream 5xx: counted by the breaker as a failure, yet relayed to the client as it came. */
class ServerFailure extends Error {
  constructor(readonly answer: DownstreamAnswer) {
    super(`answered ${answer.status}`);
  }
}

export type DownstreamOutcome = { answer: DownstreamAnswer; attempts: number } | { refusal: GatewayRefusal; attempts: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isOpenBreaker = (error: unknown) => (error as { code?: string } | undefined)?.code === 'EOPENBREAKER';

/**
 * One service behind the gateway: a bulkhead around every request, an opossum breaker around every
 * attempt, a timeout per attempt, and bounded retries with backoff for reads only. A POST is sent
 * exactly once: if it timed out, the service may still have done it, and only the client (with its
 * Idempotency-Key) can safely send it again.
 */
export class Downstream {
  readonly breaker: CircuitBreaker<[ForwardedRequest], DownstreamAnswer>;
  readonly bulkhead: Bulkhead;

  constructor(readonly options: DownstreamOptions) {
    this.bulkhead = new Bulkhead(options.maxConcurrent);
    this.breaker = new CircuitBreaker((request: ForwardedRequest) => this.attempt(request), {
      name: `gateway→${options.name}`,
      // The timeout is the socket's own (forwardRequest), so a late answer cannot arrive after a 504.
      timeout: false,
      errorThresholdPercentage: options.breaker.errorThresholdPercentage,
      volumeThreshold: options.breaker.volumeThreshold,
      resetTimeout: options.breaker.resetTimeoutMs,
      rollingCountTimeout: options.breaker.rollingCountTimeoutMs,
    });
  }

  get name(): string {
    return this.options.name;
  }

  status(): BreakerStatus {
    return breakerStatus(this.breaker.name, this.breaker);
  }

  private async attempt(request: ForwardedRequest): Promise<DownstreamAnswer> {
    const answer = await forwardRequest(this.options.baseUrl, request, this.options.timeoutMs);
    if (answer.status >= 500) throw new ServerFailure(answer);
    return answer;
  }

  async handle(request: ForwardedRequest): Promise<DownstreamOutcome> {
    const release = this.bulkhead.tryEnter();
    if (release === undefined) {
      return {
        attempts: 0,
        refusal: gatewayRefusal('gateway.bulkhead-full', `${this.name} already has ${this.bulkhead.limit} requests in flight`, {
          service: this.name,
          limit: this.bulkhead.limit,
        }),
      };
    }
    try {
      const retries = IDEMPOTENT.has(request.method) ? this.options.readRetries : 0;
      for (let attempt = 1; ; attempt += 1) {
        let failure: unknown;
        try {
          return { answer: await this.breaker.fire(request), attempts: attempt };
        } catch (error) {
          failure = error;
        }
        const last = attempt > retries || isOpenBreaker(failure);
        if (failure instanceof ServerFailure && (last || !RETRYABLE_STATUS.has(failure.answer.status))) {
          return { answer: failure.answer, attempts: attempt };
        }
        if (last) return { refusal: this.refusalOf(failure), attempts: attempt };
        await sleep(this.options.retryBackoffMs * 2 ** (attempt - 1));
      }
    } finally {
      release();
    }
  }

  private refusalOf(failure: unknown): GatewayRefusal {
    if (failure instanceof DownstreamTimeout) {
      return gatewayRefusal('gateway.timeout', `${this.name} did not answer within ${failure.timeoutMs} ms`, {
        service: this.name,
        timeoutMs: failure.timeoutMs,
      });
    }
    const breaker = this.status().state;
    const reason = isOpenBreaker(failure) ? 'its breaker is open' : failure instanceof Error ? failure.message : String(failure);
    return gatewayRefusal('gateway.downstream-unavailable', `${this.name} is unavailable: ${reason}`, { service: this.name, breaker });
  }
}
