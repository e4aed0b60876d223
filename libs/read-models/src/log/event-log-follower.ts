import { CatchUpSubscription, EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { ReadModelFreshness } from '../store/read-model-freshness';
import { ReadModelBehindError } from './read-model-behind-error';

export interface EventLogFollowerOptions {
  /** Projects one event; a failure stops the pass, which starts again from the last handled event. */
  handle: (event: RecordedEvent) => Promise<void>;
  batchSize?: number;
  /** For appends by other processes; appends in this process wake the follower at once. */
  pollIntervalMs?: number;
  restartDelayMs?: number;
  onError?: (error: unknown) => void;
}

interface Waiter {
  /** Appends this process had made when the reader asked. */
  appends: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Feeds an in-process projection from the global log, from its start (a rebuild) and then live, and
 * answers reads that must see earlier writes: {@link settled} resolves once every event appended in
 * this process before the call has been handled.
 *
 * How it knows: it counts this process's appends (the store announces each after its commit). A
 * read of the log that began after the n-th announcement sees the n-th append, so a pass that
 * reaches the end of the log with such a read has handled it. That holds where transactions take
 * turns (PGlite, the in-memory store); on a server with overlapping writers the log shows an event
 * only once older transactions end, so there a read could trail a write by that long.
 */
export class EventLogFollower implements ReadModelFreshness {
  private subscription?: CatchUpSubscription;
  private appends = 0;
  private appendsAtLastRead = 0;
  /** Appends the last caught-up pass is known to include; -1 before the first. */
  private appendsHandled = -1;
  private wake: () => void = () => undefined;
  private waiters: Waiter[] = [];
  private restartTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly stopCounting: () => void;

  constructor(
    private readonly store: EventStore,
    private readonly options: EventLogFollowerOptions,
  ) {
    this.stopCounting = store.onAppended(() => (this.appends += 1));
  }

  /** Resolves once the log as it was at start has been handled (the rebuild); rejects if that failed. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => this.follow(undefined, { resolve, reject }));
  }

  /** Resolves once every event appended in this process before the call is handled; {@link ReadModelBehindError} after `timeoutMs`. */
  settled(timeoutMs = 10_000): Promise<void> {
    if (this.appendsHandled >= this.appends) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        appends: this.appends,
        resolve,
        reject,
        timer: setTimeout(() => this.release(waiter, new ReadModelBehindError(timeoutMs)), timeoutMs),
      };
      this.waiters.push(waiter);
      this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    this.stopCounting();
    for (const waiter of [...this.waiters]) this.release(waiter, new Error('the read models stopped following the event log'));
    await this.subscription?.stop();
  }

  private follow(after: string | undefined, first?: { resolve: () => void; reject: (error: unknown) => void }): void {
    if (this.stopped) return;
    const { handle, batchSize, pollIntervalMs, restartDelayMs = 1_000, onError } = this.options;
    const subscription: CatchUpSubscription = new CatchUpSubscription(this.observed(), {
      after,
      batchSize,
      pollIntervalMs,
      handle: (entry) => handle(entry.event),
      onCaughtUp: () => {
        this.appendsHandled = this.appendsAtLastRead;
        for (const waiter of this.waiters.filter((w) => w.appends <= this.appendsHandled)) this.release(waiter);
        first?.resolve();
        first = undefined;
      },
      onError: (error) => {
        onError?.(error);
        if (first) return first.reject(error);
        this.restartTimer = setTimeout(() => this.follow(subscription.position), restartDelayMs);
      },
    });
    this.subscription = subscription;
  }

  private release(waiter: Waiter, error?: Error): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
    if (error) waiter.reject(error);
    else waiter.resolve();
  }

  /**
   * The store as the subscription sees it: noting the appends announced before each read it starts,
   * and keeping its wake-up call so that a waiting reader never waits for the next poll.
   */
  private observed(): EventStore {
    const store = this.store;
    return {
      appendToStream: (...args) => store.appendToStream(...args),
      readStream: (...args) => store.readStream(...args),
      readAll: (options) => {
        this.appendsAtLastRead = this.appends;
        return store.readAll(options);
      },
      onAppended: (listener) => {
        this.wake = listener;
        return store.onAppended(listener);
      },
      close: () => store.close(),
    };
  }
}
