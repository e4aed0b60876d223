import { InMemoryEventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { testEvents } from '@kongthun/event-sourcing/testing';
import { compareWithSource } from './source-discrepancy';

const recordedStream = async (count: number): Promise<RecordedEvent[]> => {
  const store = new InMemoryEventStore();
  await store.appendToStream('fund-830101', testEvents(count), 'no-stream');
  return store.readStream('fund-830101');
};

describe('comparing the ledger copy of a stream with its source store', () => {
  it('an untouched source shows no discrepancy', async () => {
    const ledger = await recordedStream(4);
    expect(
      compareWithSource(
        ledger,
        ledger.map((event) => ({ ...event })),
      ),
    ).toEqual([]);
  });

  it('events the ledger has not received yet are not a discrepancy', async () => {
    const source = await recordedStream(4);
    expect(compareWithSource(source.slice(0, 2), source)).toEqual([]);
  });

  it('one changed byte in the data is reported with stream and revision, even when the source re-hashed it', async () => {
    const ledger = await recordedStream(3);
    const source = ledger.map((event) => ({ ...event }));
    source[1] = { ...source[1], data: { ...source[1].data, amount: '9.50' } };
    const rehashed = [...source];
    rehashed[1] = { ...source[1], hash: 'forged-to-match' };
    for (const tampered of [source, rehashed]) {
      expect(compareWithSource(ledger, tampered)).toEqual([
        { problem: 'source.event-changed', streamId: 'fund-830101', streamRevision: 1n, eventId: ledger[1].id },
      ]);
    }
  });

  it('a deleted event is reported as lost at its revision', async () => {
    const ledger = await recordedStream(3);
    const source = [ledger[0], ledger[2]];
    expect(compareWithSource(ledger, source)).toEqual([
      { problem: 'source.event-lost', streamId: 'fund-830101', streamRevision: 1n, eventId: ledger[1].id },
    ]);
  });

  it('two swapped events are both reported as reordered, each naming where the source put it', async () => {
    const ledger = await recordedStream(3);
    const source = [ledger[0], { ...ledger[2], streamRevision: 1n }, { ...ledger[1], streamRevision: 2n }];
    expect(compareWithSource(ledger, source)).toEqual([
      {
        problem: 'source.event-reordered',
        streamId: 'fund-830101',
        streamRevision: 1n,
        eventId: ledger[1].id,
        sourceRevision: 2n,
        sourceEventId: ledger[2].id,
      },
      {
        problem: 'source.event-reordered',
        streamId: 'fund-830101',
        streamRevision: 2n,
        eventId: ledger[2].id,
        sourceRevision: 1n,
        sourceEventId: ledger[1].id,
      },
    ]);
  });

  it('another event put in place of a recorded one is reported as replaced', async () => {
    const ledger = await recordedStream(2);
    const [other] = await recordedStream(1);
    expect(compareWithSource(ledger, [other, ledger[1]])).toEqual([
      { problem: 'source.event-replaced', streamId: 'fund-830101', streamRevision: 0n, eventId: ledger[0].id, sourceEventId: other.id },
    ]);
  });
});
