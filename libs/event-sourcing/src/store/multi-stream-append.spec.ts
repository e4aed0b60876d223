import { v7 as uuidv7 } from 'uuid';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { PgliteSqlClient } from '../postgres/pglite-sql-client';
import { SqlEventStore } from '../postgres/sql-event-store';
import { EventToAppend } from './event-envelope';
import { EventStore } from './event-store';
import { WrongExpectedRevisionError } from './event-store-error';

const event = (n: number): EventToAppend => ({
  id: uuidv7(),
  type: 'test.thing.happened',
  schemaVersion: 1,
  data: { n },
  metadata: { actor: { userId: 'u', role: 'r' }, correlationId: 'c', causationId: null },
});

const stores: [string, () => Promise<EventStore>][] = [
  ['in memory', async () => new InMemoryEventStore()],
  ['SQL on PGlite', async () => SqlEventStore.open(await PgliteSqlClient.open('memory://'))],
];

describe.each(stores)('appending to several streams at once (%s)', (_, open) => {
  it('writes every stream when every expectation holds, each at its next revision', async () => {
    const store = await open();
    await store.appendToStream('b-1', [event(0)], 'no-stream');
    const results = await store.appendToStreams!([
      { streamId: 'a-1', events: [event(1)], expectedRevision: 'no-stream' },
      { streamId: 'b-1', events: [event(2), event(3)], expectedRevision: 0n },
    ]);
    expect(results.map((result) => result.nextExpectedRevision)).toEqual([0n, 2n]);
    expect((await store.readStream('b-1')).map((recorded) => recorded.data)).toEqual([{ n: 0 }, { n: 2 }, { n: 3 }]);
    expect((await store.readAll({ maxCount: 10 })).map((entry) => entry.event.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
    await store.close();
  });

  it('writes nothing when one expectation fails, even to the streams before it', async () => {
    const store = await open();
    await store.appendToStream('b-1', [event(0)], 'no-stream');
    await expect(
      store.appendToStreams!([
        { streamId: 'a-1', events: [event(1)], expectedRevision: 'no-stream' },
        { streamId: 'b-1', events: [event(2)], expectedRevision: 'no-stream' },
      ]),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('a-1')).toEqual([]);
    expect(await store.readAll({ maxCount: 10 })).toHaveLength(1);
    // The refused transaction left nothing behind: the next append to a-1 creates it.
    await store.appendToStream('a-1', [event(4)], 'no-stream');
    await store.close();
  });
});
