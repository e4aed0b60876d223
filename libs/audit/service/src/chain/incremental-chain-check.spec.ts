import { v7 as uuidv7 } from 'uuid';
import { LedgerEvent } from '@kongthun/audit-ledger';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventToAppend, PgliteSqlClient, RecordedEvent, SqlEventStore } from '@kongthun/event-sourcing';
import { envelopeToJson } from '@kongthun/messaging';
import { ledgerStreamsOf } from '../ledger/ledger-recorded-events';
import { ChainProblem } from './chain-check';
import { runIncrementalChainCheck } from './incremental-chain-check';

/** A programme event as the chain check sees it: any type, any data; only ids, revisions and hashes matter. */
type SourceEvent = { type: string; data: Record<string, string> };
const happened = (what: string, amount = '100.00'): SourceEvent => ({ type: `welfare.test.${what}`, data: { amount } });

const asAppend = (event: SourceEvent): EventToAppend => ({
  id: uuidv7(),
  type: event.type,
  schemaVersion: 1,
  data: event.data as never,
  metadata: { actor: { userId: 'u-malee', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
});

describe('the incremental chain check', () => {
  let sourceSql: PgliteSqlClient;
  let source: SqlEventStore;
  let ledgerSql: PgliteSqlClient;
  let ledger: AuditLedgerStore;
  const reads = { ledger: [] as string[], source: [] as string[] };
  const raised: ChainProblem[] = [];

  /** Appends to the source store and delivers the same events to the ledger, as the bus does. */
  const record = async (streamId: string, events: SourceEvent[]): Promise<RecordedEvent[]> => {
    const existing = await source.readStream(streamId);
    const { events: recorded } = await source.appendToStream(
      streamId,
      events.map(asAppend),
      existing.length === 0 ? 'no-stream' : existing[existing.length - 1].streamRevision,
    );
    await ledger.appendMany(recorded.map((event) => envelopeToJson(event) as unknown as LedgerEvent));
    return recorded;
  };

  /** A database administrator's edit of the source store, its immutability trigger switched off. */
  const tamper = (streamId: string, revision: number) =>
    sourceSql.exec(`ALTER TABLE welfare.events DISABLE TRIGGER USER;
      UPDATE welfare.events SET data = jsonb_set(data, '{amount}', '"900.00"') WHERE stream_id = '${streamId}' AND stream_revision = ${revision};
      ALTER TABLE welfare.events ENABLE TRIGGER USER;`);

  const check = (full = false) => {
    const streams = ledgerStreamsOf(ledger);
    return runIncrementalChainCheck(
      {
        ledger: {
          streamIds: streams.streamIds,
          readStream: (streamId) => (reads.ledger.push(streamId), streams.readStream(streamId)),
          streamsChangedAfter: (after) => ledger.streamsChangedAfter(after),
        },
        sources: [{ context: 'welfare', readStream: (streamId) => (reads.source.push(streamId), source.readStream(streamId)) }],
        checkpoint: ledger.chainCheckpoint,
        raise: async (problems) => (raised.push(...problems), problems.length),
      },
      { full },
    );
  };
  const reset = () => {
    reads.ledger.length = 0;
    reads.source.length = 0;
    raised.length = 0;
  };

  beforeAll(async () => {
    sourceSql = await PgliteSqlClient.open('memory://');
    source = await SqlEventStore.open(sourceSql, { schema: 'welfare' });
    ledgerSql = await PgliteSqlClient.open('memory://');
    ledger = await AuditLedgerStore.open(ledgerSql);
    for (const fund of ['welfare-fund-a', 'welfare-fund-b'])
      await record(fund, [happened('registered'), happened('enrolled'), happened('submitted', '400.00')]);
  }, 120_000);
  afterAll(async () => {
    await sourceSql?.close();
    await ledgerSql?.close();
  });
  beforeEach(reset);

  it('the first check reads every stream and remembers the last leaf it covered', async () => {
    const { report } = await check();
    expect(report).toMatchObject({ mode: 'incremental', streams: 2, events: 6, checkedThroughLeaf: 5, problems: [] });
    expect(reads.ledger.sort()).toEqual(['welfare-fund-a', 'welfare-fund-b']);
    expect(await ledger.chainCheckpoint.checkedThrough()).toBe(5);
  });

  it('a second check with no new events reads no stream, of the ledger or of a source', async () => {
    const { report } = await check();
    expect(report).toMatchObject({ streams: 0, events: 0, checkedThroughLeaf: 5, problems: [] });
    expect(reads).toEqual({ ledger: [], source: [] });
  });

  it('an older event edited in the source is found once its stream receives a new event; only that stream is read', async () => {
    await tamper('welfare-fund-a', 2);
    const [late] = await record('welfare-fund-a', [happened('recorded')]);
    const { report, raised: count } = await check();
    expect(reads).toEqual({ ledger: ['welfare-fund-a'], source: ['welfare-fund-a'] });
    expect(report.problems.map(({ problem, streamId, streamRevision }) => [problem, streamId, streamRevision])).toEqual([
      ['source.event-changed', 'welfare-fund-a', 2n],
    ]);
    expect(count).toBe(1);
    expect(raised).toEqual(report.problems);
    expect(report.checkedThroughLeaf).toBe(6);
    expect(late.streamRevision).toBe(3n);
  });

  it('a stream that does not move is left to the full check, which rereads every stream', async () => {
    await tamper('welfare-fund-b', 1);
    expect((await check()).report.problems).toEqual([]);
    expect(reads.source).toEqual([]);
    const { report } = await check(true);
    expect(report).toMatchObject({ mode: 'full', streams: 2, checkedThroughLeaf: 6 });
    expect(report.problems.map(({ problem, streamId, streamRevision }) => [problem, streamId, streamRevision])).toEqual([
      ['source.event-changed', 'welfare-fund-a', 2n],
      ['source.event-changed', 'welfare-fund-b', 1n],
    ]);
  });

  it('when its problems cannot be recorded, the checkpoint stays and the next check covers the stream again', async () => {
    await record('welfare-fund-b', [happened('recorded')]);
    const failing = runIncrementalChainCheck({
      ledger: { ...ledgerStreamsOf(ledger), streamsChangedAfter: (after) => ledger.streamsChangedAfter(after) },
      sources: [{ context: 'welfare', readStream: (id) => source.readStream(id) }],
      checkpoint: ledger.chainCheckpoint,
      raise: () => Promise.reject(new Error('findings store down')),
    });
    await expect(failing).rejects.toThrow('findings store down');
    expect(await ledger.chainCheckpoint.checkedThrough()).toBe(6);
    const { report } = await check();
    expect(report.problems.map(({ streamId }) => streamId)).toEqual(['welfare-fund-b']);
    expect(await ledger.chainCheckpoint.checkedThrough()).toBe(7);
  });
});
