import { LogCheckpoint, LogEntry } from './event-envelope';
import { EventStore } from './event-store';
import { WakeSignal } from './wake-signal';

export interface SubscriptionOptions {
  /** Resume after this checkpoint (a stored one), or from the start of the log. */
  after?: LogCheckpoint;
  batchSize?: number;
  /** Another process may append: how often to look when nothing woke us. */
  pollIntervalMs?: number;
  /** Handles one entry; the subscription moves on only once it resolves. */
  handle: (entry: LogEntry) => Promise<void>;
  /** Called each time the subscription reaches the end of the log (caught up, now live). */
  onCaughtUp?: (checkpoint: LogCheckpoint | undefined) => void;
  onError?: (error: unknown) => void;
}

/**
 * Reads the global log from a checkpoint and stays live. A failing handler stops the subscription
 * (and reports it) rather than skipping the entry: the caller restarts it from its stored checkpoint.
 */
export class CatchUpSubscription {
  private stopped = false;
  private checkpoint: LogCheckpoint | undefined;
  private readonly wakeSignal = new WakeSignal();
  private readonly unsubscribe: () => void;
  readonly done: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly options: SubscriptionOptions,
  ) {
    this.checkpoint = options.after;
    this.unsubscribe = store.onAppended(() => this.wakeSignal.notify());
    this.done = this.run();
  }

  get position(): LogCheckpoint | undefined {
    return this.checkpoint;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeSignal.notify();
    await this.done;
  }

  private async run(): Promise<void> {
    const { batchSize = 500, pollIntervalMs = 100, handle, onCaughtUp, onError } = this.options;
    try {
      while (!this.stopped) {
        this.wakeSignal.reset();
        const batch = await this.store.readAll({ after: this.checkpoint, maxCount: batchSize });
        for (const entry of batch) {
          if (this.stopped) return;
          await handle(entry);
          this.checkpoint = entry.checkpoint;
        }
        if (batch.length < batchSize) {
          onCaughtUp?.(this.checkpoint);
          await this.wakeSignal.sleep(pollIntervalMs);
        }
      }
    } catch (error) {
      this.stopped = true;
      if (onError) onError(error);
      else throw error;
    } finally {
      this.unsubscribe();
    }
  }
}
