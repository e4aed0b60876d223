import { Decider } from '../decider';
import { InMemoryEventStore } from '../memory/in-memory-event-store';
import { testEvent } from '../testing/test-events';
import { CommandContext, EventCodec, handleCommand } from './command-handler';
import { RecordedEvent } from './event-envelope';
import { EventStore } from './event-store';

/** A counter with a ceiling: just enough domain to exercise load, fold, decide, append. */
type Added = { type: 'Added'; by: number };
type Add = { by: number };
type Total = { total: number };
class CeilingReached extends Error {
  readonly code = 'counter.ceiling';
}

const counter: Decider<Add, Added, Total> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.by }),
  decide: (command, state) => {
    if (state.total + command.by > 10) throw new CeilingReached('over the ceiling');
    return command.by === 0 ? [] : [{ type: 'Added', by: command.by }];
  },
};

const codec: EventCodec<Added> = {
  encode: (event) => ({ type: 'test.counter.added', schemaVersion: 1, data: { by: event.by } }),
  decode: (recorded: RecordedEvent) => ({ type: 'Added', by: recorded.data.by as number }),
};

let ids = 0;
const context = (): CommandContext => ({
  metadata: { actor: { userId: 'u-1', role: 'treasurer' }, correlationId: 'c-1', causationId: null },
  newEventId: () => `01900000-0000-7000-8000-${String(++ids).padStart(12, '0')}`,
});

describe('handleCommand', () => {
  let store: InMemoryEventStore;
  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('appends what the decider decided, on the state folded from history', async () => {
    await handleCommand(store, counter, codec, 'counter-1', { by: 4 }, context());
    const result = await handleCommand(store, counter, codec, 'counter-1', { by: 5 }, context());
    expect(result.state).toEqual({ total: 9 });
    expect(result.nextExpectedRevision).toBe(1n);
    expect((await store.readStream('counter-1')).map((e) => e.data)).toEqual([{ by: 4 }, { by: 5 }]);
  });

  it('passes a domain error through unchanged and writes nothing', async () => {
    await handleCommand(store, counter, codec, 'counter-1', { by: 8 }, context());
    await expect(handleCommand(store, counter, codec, 'counter-1', { by: 3 }, context())).rejects.toBeInstanceOf(CeilingReached);
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const result = await handleCommand(store, counter, codec, 'counter-1', { by: 0 }, context());
    expect(result.events).toEqual([]);
    expect(await store.readStream('counter-1')).toEqual([]);
  });

  it('refuses through authorize on the folded state, before deciding, and writes nothing', async () => {
    await handleCommand(store, counter, codec, 'counter-1', { by: 2 }, context());
    const seen: Total[] = [];
    const guarded = {
      ...context(),
      authorize: (state: Total) => {
        seen.push(state);
        throw new Error('out of scope');
      },
    };
    await expect(handleCommand(store, counter, codec, 'counter-1', { by: 1 }, guarded)).rejects.toThrow('out of scope');
    expect(seen).toEqual([{ total: 2 }]);
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('retries once on a concurrent append, deciding again on fresh state', async () => {
    const racing = raceOnce(store, async () => {
      await store.appendToStream('counter-1', [{ ...testEvent(0), type: 'test.counter.added', data: { by: 7 } }], 'no-stream');
    });
    await expect(handleCommand(racing, counter, codec, 'counter-1', { by: 4 }, context())).rejects.toBeInstanceOf(CeilingReached);
    const second = raceOnce(store, async () => undefined);
    const result = await handleCommand(second, counter, codec, 'counter-1', { by: 3 }, context());
    expect(result.state).toEqual({ total: 10 });
  });

  it('gives up after the one retry when the race repeats', async () => {
    let races = 0;
    const alwaysRaced: EventStore = Object.assign(Object.create(store) as EventStore, {
      readStream: async (streamId: string) => {
        const history = await store.readStream(streamId);
        await store.appendToStream(streamId, [{ ...testEvent(races++), type: 'test.counter.added', data: { by: 0 } }], 'any');
        return history;
      },
    });
    await expect(handleCommand(alwaysRaced, counter, codec, 'counter-2', { by: 1 }, context())).rejects.toMatchObject({
      code: 'eventstore.wrong-expected-revision',
    });
    expect(races).toBe(2);
  });
});

/** A store whose first read is followed by a competing append, as if another request got there first. */
const raceOnce = (store: EventStore, competitor: () => Promise<void>): EventStore => {
  let raced = false;
  return Object.assign(Object.create(store) as EventStore, {
    readStream: async (streamId: string) => {
      const history = await store.readStream(streamId);
      if (!raced) {
        raced = true;
        await competitor();
      }
      return history;
    },
  });
};
