import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Breaker states as Prometheus reads them: one number per breaker. */
export const BREAKER_STATE_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

export interface PublisherGauge {
  name: string;
  /** Events in the store's log not yet published (capped: see `PUBLISHER_LAG_CAP`). */
  behind(): Promise<number>;
}

/** A consumer's lag per partition, asked at each scrape: a stuck consumer's lag grows, not freezes. */
export interface LagSource {
  lag(): Promise<{ group: string; topic: string; partition: number; lag: number }[]>;
}

export interface BreakerGauge {
  name: string;
  state(): keyof typeof BREAKER_STATE_VALUE;
}

/** Counting past this many unpublished events would cost a scrape more than it tells. */
export const PUBLISHER_LAG_CAP = 10_000;

/**
 * The process's metric families, in one registry. One per process, not per Nest app: the bus
 * consumers and publishers that feed it live outside any app, and tests build several apps.
 */
class KongthunMetrics {
  readonly registry = new Registry();
  private readonly publishers = new Set<PublisherGauge>();
  private readonly breakers = new Set<BreakerGauge>();
  private readonly lagSources = new Set<LagSource>();
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'>;

  readonly httpDuration = new Histogram({
    name: 'kongthun_http_request_duration_seconds',
    help: 'HTTP request latency by method, route (the route pattern, not the path) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly deadLetters = new Counter({
    name: 'kongthun_dead_letters_total',
    help: 'Messages this process dead-lettered, by source topic and consumer group',
    labelNames: ['topic', 'group'] as const,
    registers: [this.registry],
  });

  readonly handled = new Counter({
    name: 'kongthun_messages_handled_total',
    help: 'Messages consumers of this process handled, by topic and group',
    labelNames: ['topic', 'group'] as const,
    registers: [this.registry],
  });

  constructor() {
    const publishers = this.publishers;
    const breakers = this.breakers;
    const lagSources = this.lagSources;
    this.consumerLag = new Gauge({
      name: 'kongthun_consumer_lag_messages',
      help: "Messages on a topic partition a consumer group has not handled yet (end of the log minus the group's position)",
      labelNames: ['group', 'topic', 'partition'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const source of lagSources)
          for (const { group, topic, partition, lag } of await source.lag()) this.set({ group, topic, partition: String(partition) }, lag);
      },
    });
    new Gauge({
      name: 'kongthun_publisher_events_behind',
      help: `Events in the event store's log a publisher has not published yet (counted up to ${PUBLISHER_LAG_CAP})`,
      labelNames: ['publisher'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const publisher of publishers) this.set({ publisher: publisher.name }, await publisher.behind());
      },
    });
    new Gauge({
      name: 'kongthun_breaker_state',
      help: 'Circuit breaker state: 0 closed, 1 half-open, 2 open',
      labelNames: ['breaker'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const breaker of breakers) this.set({ breaker: breaker.name }, BREAKER_STATE_VALUE[breaker.state()]);
      },
    });
  }

  /** Shown until the returned function is called (a publisher's stop). */
  watchPublisher(publisher: PublisherGauge): () => void {
    this.publishers.add(publisher);
    return () => this.publishers.delete(publisher);
  }

  watchConsumerLag(source: LagSource): () => void {
    this.lagSources.add(source);
    return () => this.lagSources.delete(source);
  }

  watchBreaker(breaker: BreakerGauge): () => void {
    this.breakers.add(breaker);
    return () => this.breakers.delete(breaker);
  }
}

export const metrics = new KongthunMetrics();
