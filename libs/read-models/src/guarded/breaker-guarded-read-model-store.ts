import { BreakerOptions, Breakers } from '@kongthun/breakers';
import { DocumentPage, ProjectionStep, ReadModelStore, StepOutcome, StoredDocument } from '../store/read-model-store';
import { ReadModelGapError } from '../store/stream-order';

/**
 * A read-model store whose every call to the database goes through one breaker (`name`): when
 * MongoDB is away, reads are refused at once with `dependency.unavailable` (503) instead of each
 * waiting for the driver's timeout, and /health shows the breaker open. A gap in a stream is the
 * projection's problem, not the database's, so it is not counted.
 */
export class BreakerGuardedReadModelStore implements ReadModelStore {
  private readonly options: BreakerOptions;

  constructor(
    private readonly inner: ReadModelStore,
    private readonly breakers: Breakers,
    private readonly name: string,
    options: BreakerOptions = {},
  ) {
    this.options = { ...options, isRefusal: (error) => error instanceof ReadModelGapError || (options.isRefusal?.(error) ?? false) };
  }

  private run<T>(call: () => Promise<T>): Promise<T> {
    return this.breakers.run(this.name, call, this.options);
  }

  get<T extends object>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    return this.run(() => this.inner.get<T>(collection, id));
  }

  list<T extends object>(collection: string, page: DocumentPage): Promise<StoredDocument<T>[]> {
    return this.run(() => this.inner.list<T>(collection, page));
  }

  lastApplied(projection: string, streamId: string): Promise<bigint | undefined> {
    return this.run(() => this.inner.lastApplied(projection, streamId));
  }

  apply(step: ProjectionStep): Promise<StepOutcome> {
    return this.run(() => this.inner.apply(step));
  }

  drop(projection: string, collections: readonly string[]): Promise<void> {
    return this.run(() => this.inner.drop(projection, collections));
  }

  /** Closing is not guarded: a shutdown must not be refused by an open breaker. */
  close(): Promise<void> {
    return this.inner.close();
  }
}
