import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { EventToAppend, JsonObject, PgSqlClient, RecordedEvent, SqlEventStore } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { runChainCheck } from './chain-check';
import { LedgerStreams } from './ledger-streams';

const asAppend = ({ type, data }: { type: string; data: JsonObject }): EventToAppend => ({
  id: uuidv7(),
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: { userId: 'u-malee', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
});

/** A programme's history as the ledger sees any context's: envelopes whose data it does not interpret. */
const history: { type: string; data: JsonObject }[] = [
  { type: 'welfare.unit.opened', data: { name: 'test unit', areaCode: '830101' } },
  { type: 'welfare.member.joined', data: { memberId: 'm-001', on: '2023-01-10' } },
  { type: 'welfare.money.received', data: { memberId: 'm-001', amount: '360.00' } },
  { type: 'welfare.claim.submitted', data: { claimId: 'cl-1', memberId: 'm-001', amount: '400.00' } },
];
const fundHistory = (): EventToAppend[] => history.map(asAppend);

/** The ledger's copy: what was published when each event was appended, before anyone touched the database. */
const ledgerOf = (streams: Map<string, RecordedEvent[]>): LedgerStreams => ({
  streamIds: async () => [...streams.keys()],
  readStream: async (streamId) => streams.get(streamId) ?? [],
});

describeWithEngine('postgres', 'chain check against a tampered PostgreSQL event store', (url) => {
  const schema = `kt_tamper_${uuidv7().replace(/-/g, '').slice(-12)}`;
  let admin: Client;
  let store: SqlEventStore;
  const copies = new Map<string, RecordedEvent[]>();

  /** A database administrator's edit: the immutability trigger is switched off around it, as a superuser can. */
  const asAdministrator = async (statements: string) =>
    admin.query(
      `BEGIN; ALTER TABLE ${schema}.events DISABLE TRIGGER USER; ${statements}; ALTER TABLE ${schema}.events ENABLE TRIGGER USER; COMMIT;`,
    );

  const fundStream = async (name: string): Promise<string> => {
    const streamId = `welfare.fund-${name}-${uuidv7()}`;
    const { events } = await store.appendToStream(streamId, fundHistory(), 'no-stream');
    copies.set(streamId, events);
    return streamId;
  };

  beforeAll(async () => {
    admin = new Client({ connectionString: url });
    await admin.connect();
    store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 4 }), { schema });
  });
  afterAll(async () => {
    await store?.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const check = async () => runChainCheck(ledgerOf(copies), [{ context: 'welfare', readStream: (streamId) => store.readStream(streamId) }]);

  it('an untouched store passes', async () => {
    const streamId = await fundStream('clean');
    const report = await check();
    expect(report.problems.filter((problem) => problem.streamId === streamId)).toEqual([]);
    expect(report.sourcesCompared).toEqual(['welfare']);
  });

  it('one changed byte of a stored event is reported with its stream and revision', async () => {
    const streamId = await fundStream('byte');
    await asAdministrator(
      `UPDATE ${schema}.events SET data = jsonb_set(data, '{amount}', '"900.00"') WHERE stream_id = '${streamId}' AND stream_revision = 3`,
    );
    const problems = (await check()).problems.filter((problem) => problem.streamId === streamId);
    expect(problems).toEqual([
      { problem: 'source.event-changed', context: 'welfare', streamId, streamRevision: 3n, eventId: copies.get(streamId)![3].id },
    ]);
  });

  it('a deleted event is reported as lost at its revision', async () => {
    const streamId = await fundStream('deleted');
    await asAdministrator(`DELETE FROM ${schema}.events WHERE stream_id = '${streamId}' AND stream_revision = 2`);
    const problems = (await check()).problems.filter((problem) => problem.streamId === streamId);
    expect(problems).toEqual([
      { problem: 'source.event-lost', context: 'welfare', streamId, streamRevision: 2n, eventId: copies.get(streamId)![2].id },
    ]);
  });

  it('two reordered events are each reported at their revision', async () => {
    const streamId = await fundStream('reordered');
    await asAdministrator(
      `UPDATE ${schema}.events SET stream_revision = -1 WHERE stream_id = '${streamId}' AND stream_revision = 1;
       UPDATE ${schema}.events SET stream_revision = 1 WHERE stream_id = '${streamId}' AND stream_revision = 2;
       UPDATE ${schema}.events SET stream_revision = 2 WHERE stream_id = '${streamId}' AND stream_revision = -1`,
    );
    const problems = (await check()).problems.filter((problem) => problem.streamId === streamId);
    expect(problems.map(({ problem, streamRevision }) => [problem, streamRevision])).toEqual([
      ['source.event-reordered', 1n],
      ['source.event-reordered', 2n],
    ]);
  });

  it('a hole in the ledger copy itself is reported as a revision gap', async () => {
    const streamId = await fundStream('hole');
    copies.set(
      streamId,
      copies.get(streamId)!.filter((event) => event.streamRevision !== 1n),
    );
    const problems = (await check()).problems.filter((problem) => problem.streamId === streamId && problem.problem.startsWith('ledger.'));
    expect(problems).toEqual([{ problem: 'ledger.revision-gap', streamId, streamRevision: 2n, eventId: copies.get(streamId)![1].id }]);
  });
});
