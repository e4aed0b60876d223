import CircuitBreaker from 'opossum';
import { metrics, PUBLISHER_LAG_CAP } from '@kongthun/observability';
import { EventStore, LogCheckpoint, RecordedEvent, WakeSignal } from '@kongthun/event-sourcing';
import { MessageBus, OutgoingMessage } from '../bus/message-bus';
import { BreakerStatus, breakerStatus } from './breaker-state';
import { CheckpointStore } from './checkpoint-store';
import { eventToMessage } from './event-message';

export interface PublisherOptions {
  /** Names the checkpoint; one publisher per name may run at a time. */
  name: string;
  /** `ce_source` of every message, e.g. `/kongthun/welfare-fund`. */
  source: string;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Wait before trying a batch again after the bus refused it (the breaker decides when to really retry). */
  retryDelayMs?: number;
  breaker?: CircuitBreaker.Options;
  onError?: (error: unknown) => void;
  /**
   * What each stored event becomes on the bus; by default the event itself on its context's
   * topic. A contract publisher (e.g. the money contract) translates instead, and may publish
   * nothing for an event.
   */
  toMessages?: (event: RecordedEvent, source: string) => readonly OutgoingMessage[] | Promise<readonly OutgoingMessage[]>;
}

const asItself = (event: RecordedEvent, source: string): OutgoingMessage[] => [eventToMessage(event, source)];

export interface PublisherStatus {
  running: boolean;
  checkpoint: LogCheckpoint | undefined;
  published: number;
  breaker: BreakerStatus;
}

/**
 * Copies the event store's global log to the bus, at least once and in log order. The checkpoint
 * advances only after the broker acknowledged the batch; a crash in between republishes the batch,
 * and consumers absorb the duplicates by event id. Request paths never publish: they only append.
 */
export class EventLogPublisher {
  private readonly breaker: CircuitBreaker<[readonly OutgoingMessage[]], void>;
  private running = false;
  private readonly wakeSignal = new WakeSignal();
  private loop: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private checkpoint: LogCheckpoint | undefined;
  private published = 0;
  private unwatch: (() => void)[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly bus: MessageBus,
    private readonly checkpoints: CheckpointStore,
    private readonly options: PublisherOptions,
  ) {
    this.breaker = new CircuitBreaker((messages: readonly OutgoingMessage[]) => bus.publish(messages), {
      timeout: 15_000,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      resetTimeout: 2_000,
      ...options.breaker,
    });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.checkpoint = await this.checkpoints.load(this.options.name);
    this.unsubscribe = this.store.onAppended(() => this.wakeSignal.notify());
    this.loop = this.run();
    const { name } = this.options;
    this.unwatch = [
      metrics.watchPublisher({
        name,
        behind: async () => (await this.store.readAll({ after: this.checkpoint, maxCount: PUBLISHER_LAG_CAP })).length,
      }),
      metrics.watchBreaker({ name: `${name}.bus`, state: () => breakerStatus(name, this.breaker).state }),
    ];
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeSignal.notify();
    await this.loop;
    this.unsubscribe?.();
    this.unwatch.splice(0).forEach((unwatch) => unwatch());
    this.breaker.shutdown();
  }

  status(): PublisherStatus {
    return {
      running: this.running,
      checkpoint: this.checkpoint,
      published: this.published,
      breaker: breakerStatus(`${this.options.name}.bus`, this.breaker),
    };
  }

  /** Resolves once everything appended so far has been published (tests, orderly shutdown). */
  async drained(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.store.readAll({ after: this.checkpoint, maxCount: 1 })).length > 0) {
      if (Date.now() > deadline) throw new Error(`publisher ${this.options.name} did not drain in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async run(): Promise<void> {
    const { batchSize = 500, pollIntervalMs = 100, retryDelayMs = 250 } = this.options;
    while (this.running) {
      this.wakeSignal.reset();
      try {
        const batch = await this.store.readAll({ after: this.checkpoint, maxCount: batchSize });
        if (batch.length === 0) {
          await this.wakeSignal.sleep(pollIntervalMs);
          continue;
        }
        const toMessages = this.options.toMessages ?? asItself;
        const messages: OutgoingMessage[] = [];
        for (const entry of batch) messages.push(...(await toMessages(entry.event, this.options.source)));
        if (messages.length > 0) await this.breaker.fire(messages);
        const last = batch[batch.length - 1].checkpoint;
        await this.checkpoints.save(this.options.name, last);
        this.checkpoint = last;
        this.published += batch.length;
      } catch (error) {
        // The same batch is tried again: the checkpoint has not moved, so nothing is skipped.
        this.options.onError?.(error);
        this.wakeSignal.reset();
        await this.wakeSignal.sleep(retryDelayMs);
      }
    }
  }
}
