import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { ResolvedEvent } from '@kurrent/kurrentdb-client';
import { describeWithEngine } from '@kongthun/testing';
import { LogEntry } from '../store/event-envelope';
import { EventStoreError } from '../store/event-store-error';
import { eventStoreContract } from '../testing/event-store-contract';
import { testEvents, uniqueStream } from '../testing/test-events';
import { KurrentDbEventStore } from './kurrentdb-event-store';

describeWithEngine('kurrentdb', 'KurrentDbEventStore on a KurrentDB server', (url) => {
  // No `tamper`: KurrentDB deletes and truncates streams for anyone with the rights (`$maxAge`,
  // `$maxCount`, `$tb`, tombstones), so it cannot pass "the engine refuses". That is why the audit
  // service keeps its own ledger; the hash chain only shows what went missing.
  eventStoreContract({
    open: () => KurrentDbEventStore.open(url),
    eventIdsUniqueOnlyPerStream: 'KurrentDB checks event ids within a stream only; see README.md, "Duplicate event ids"',
  });

  describe('KurrentDB specifics', () => {
    let store: KurrentDbEventStore;
    let raw: KurrentDBClient;
    beforeAll(async () => {
      store = await KurrentDbEventStore.open(url);
      raw = KurrentDBClient.connectionString(url);
    });
    afterAll(async () => {
      await store?.close();
      await raw?.dispose();
    });

    it('keeps the data as the event data and the envelope in the event metadata', async () => {
      const stream = uniqueStream();
      const { events } = await store.appendToStream(stream, testEvents(2), 'no-stream');
      const stored: ResolvedEvent['event'][] = [];
      for await (const resolved of raw.readStream(stream)) stored.push(resolved.event);
      expect(stored.map((e) => e?.id)).toEqual(events.map((e) => e.id));
      expect(stored[1]).toMatchObject({ type: 'test.thing.happened', revision: 1n, isJson: true, data: events[1].data });
      expect(stored[1]?.metadata).toEqual({
        envelope: 1,
        schemaVersion: 1,
        streamRevision: '1',
        recordedAt: events[1].recordedAt,
        prevHash: events[0].hash,
        hash: events[1].hash,
        metadata: events[1].metadata,
      });
      expect(stored[1]?.position?.commit).toBe(events[1].globalPosition);
    });

    it('checkpoints are "<commit>:<prepare>" and the global log holds none of KurrentDB\'s own events', async () => {
      const stream = uniqueStream('log');
      await store.appendToStream(stream, testEvents(3), 'no-stream');
      const all: LogEntry[] = [];
      for (
        let batch = await store.readAll({ maxCount: 100 });
        batch.length > 0;
        batch = await store.readAll({ after: all[all.length - 1].checkpoint, maxCount: 100 })
      )
        all.push(...batch);
      expect(all.filter((e) => e.event.streamId === stream)).toHaveLength(3);
      expect(all.filter((e) => e.event.streamId.startsWith('$') || e.event.type.startsWith('$'))).toEqual([]);
      for (const entry of all) expect(entry.checkpoint).toMatch(new RegExp(`^${entry.event.globalPosition}:\\d+$`));
    });

    it('refuses a stream id KurrentDB keeps for system streams', async () => {
      const error = await store.appendToStream(`$${uniqueStream()}`, testEvents(1), 'no-stream').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreError);
      expect((error as EventStoreError).code).toBe('eventstore.invalid-stream-id');
    });
  });
});
