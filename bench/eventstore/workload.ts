import { v7 as uuidv7 } from 'uuid';
import type { EventMetadata, JsonObject } from '@kongthun/event-sourcing';

/** One event as every subject receives it: same type, ~300 bytes of data, same metadata shape. */
export interface BenchEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
}

/** A stream and the appends to make to it, in order; each append is a batch of events. */
export interface StreamAppends {
  streamId: string;
  appends: BenchEvent[][];
}

/**
 * What each store under test implements. Subjects keep their own expected revision per stream
 * (from the previous append's result), as an application would.
 */
export interface Subject {
  /** Fresh schema or database, so no run sees another's rows or indexes. */
  setup(): Promise<void>;
  /** Sequential appends to one stream, each with the expected revision. */
  appendOneStream(stream: StreamAppends): Promise<void>;
  /** Many streams at once, `concurrency` appends in flight; one stream's appends stay in order. */
  appendManyStreams(streams: StreamAppends[], concurrency: number): Promise<void>;
  /**
   * The global log from the start in batches of `batchSize`; returns how many events came back.
   * With `positions`, also adds each event's global position to it (an untimed check pass).
   */
  readAll(batchSize: number, positions?: Set<string>): Promise<number>;
  /** Drops everything setup created, even after a failure. */
  teardown(): Promise<void>;
}

export const EVENT_TYPE = 'bench.claim.approved';

/** ~300 bytes once serialized (checked by `payloadBytes`); realistic mix of ids, text and money. */
export const benchEvent = (n: number): BenchEvent => ({
  id: uuidv7(),
  type: EVENT_TYPE,
  schemaVersion: 1,
  data: {
    claimId: `claim-${n.toString().padStart(8, '0')}`,
    fundId: 'fund-ban-nong-khai-0042',
    amountSatang: String(150_000 + (n % 1000) * 100),
    currency: 'THB',
    beneficiary: { areaCode: '430101', householdSize: 4, citizenIdHash: 'c3f1e0a9b27d4e55a61f0b8c9d2e7f41' },
    reason: 'Flood damage to rice paddy and household goods, verified by the village committee',
    approvals: ['committee-chair', 'treasurer'],
  },
  metadata: { actor: { userId: 'treasurer-1', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
});

export const payloadBytes = (event: BenchEvent): { data: number; metadata: number } => ({
  data: Buffer.byteLength(JSON.stringify(event.data)),
  metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
});

let counter = 0;
/** A stream of `appendCount` appends of `batchSize` events; events are made before any timing starts. */
export const streamAppends = (streamId: string, appendCount: number, batchSize: number): StreamAppends => ({
  streamId,
  appends: Array.from({ length: appendCount }, () => Array.from({ length: batchSize }, () => benchEvent(counter++))),
});

export const eventCount = (streams: StreamAppends[]): number =>
  streams.reduce((sum, s) => sum + s.appends.reduce((n, a) => n + a.length, 0), 0);
export const appendCount = (streams: StreamAppends[]): number => streams.reduce((sum, s) => sum + s.appends.length, 0);

/** Runs one stream's appends in order. */
export const appendInOrder = async (
  stream: StreamAppends,
  append: (streamId: string, events: BenchEvent[]) => Promise<void>,
): Promise<void> => {
  for (const events of stream.appends) await append(stream.streamId, events);
};

/**
 * `concurrency` workers, each owning every `concurrency`-th stream and taking its streams round
 * by round (stream 0 append 0, stream 10 append 0, …, stream 0 append 1, …). Owning streams means
 * no two appends to one stream race, so no subject pays for conflicts or retries; going round by
 * round spreads the writes over all streams as live traffic would. Same schedule for every subject.
 */
export const appendConcurrently = async (
  streams: StreamAppends[],
  concurrency: number,
  append: (streamId: string, events: BenchEvent[]) => Promise<void>,
): Promise<void> => {
  const worker = async (w: number): Promise<void> => {
    const own = streams.filter((_, i) => i % concurrency === w);
    const rounds = Math.max(0, ...own.map((s) => s.appends.length));
    for (let round = 0; round < rounds; round++)
      for (const stream of own) if (round < stream.appends.length) await append(stream.streamId, stream.appends[round]);
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
};
