import { eventHashOf, LedgerEvent } from '@kongthun/audit-ledger';
import { AuditLedgerStore } from '../audit-ledger-store';
import { AuditStoreError } from '../audit-store-error';
import { IMMUTABLE_LEDGER_SQLSTATE } from '../ledger-schema';
import { LedgerEngine, uniqueSchema } from './ledger-engine';
import { interleaved, streamEvents } from './ledger-test-events';

const refusal = async (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (e: unknown) => e,
  );

/** Appending, idempotency, reading back, restarts and concurrent writers. */
export const appendContract = (engine: LedgerEngine): void => {
  const schema = uniqueSchema('append');
  let store: AuditLedgerStore;
  beforeAll(async () => {
    store = await engine.open({ schema });
  });
  afterAll(() => store?.close());

  it('an empty ledger has size 0, the empty root and no head', async () => {
    expect(await store.size()).toBe(0);
    expect((await store.rootHash()).rootHash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await store.latestTreeHead()).toBeUndefined();
    expect(await store.readLog({ maxCount: 10 })).toEqual([]);
  });

  it('appends get consecutive leaves; a duplicate delivery is a no-op that answers with the existing leaf', async () => {
    const events = streamEvents('fund-dup', 3);
    expect(await store.append(events[0])).toEqual({ status: 'appended', eventId: events[0].id, leafIndex: 0 });
    const batch = await store.appendMany([events[1], events[0], events[2], events[1]]);
    expect(batch.map((o) => [o.status, 'leafIndex' in o ? o.leafIndex : -1])).toEqual([
      ['appended', 1],
      ['duplicate', 0],
      ['appended', 2],
      ['duplicate', 1],
    ]);
    const root = await store.rootHash();
    expect(await store.append({ ...events[2] })).toEqual({ status: 'duplicate', eventId: events[2].id, leafIndex: 2 });
    expect(await store.size()).toBe(3);
    expect(await store.rootHash()).toEqual(root);
  });

  it('the same id with other content is a conflict, a content that misses its hash is refused; neither is stored', async () => {
    const [first] = await store.readLog({ maxCount: 1 });
    const altered = { ...first.event, data: { ...first.event.data, amount: '9999.00' } };
    const forged = { ...altered, hash: eventHashOf(altered) };
    expect(await store.append(forged)).toEqual({
      status: 'conflict',
      eventId: first.event.id,
      leafIndex: 0,
      storedHash: first.event.hash,
      receivedHash: forged.hash,
    });
    const [fresh] = streamEvents('fund-bad', 1);
    const tampered = { ...fresh, data: { ...fresh.data, amount: '1.00' } };
    expect(await store.append(tampered)).toMatchObject({ status: 'hash-mismatch', carriedHash: fresh.hash });
    expect(await store.size()).toBe(3);
    expect(await store.entry(fresh.id)).toBeUndefined();
    const malformed = await refusal(store.append({ ...fresh, streamRevision: 'x' } as LedgerEvent));
    expect((malformed as AuditStoreError).code).toBe('audit.malformed-event');
  });

  it('reads back exactly what was received: by event, by stream (revision order), by leaf order with a cursor', async () => {
    const events = interleaved(3, 4, 'read');
    await store.appendMany(events);
    const stream = events[1].streamId;
    const read = await store.readStream(stream);
    expect(read.map((e) => e.event)).toEqual(events.filter((e) => e.streamId === stream));
    expect((await store.readStream(stream, { fromRevision: 2n, maxCount: 1 })).map((e) => e.event.streamRevision)).toEqual(['2']);
    const page1 = await store.readLog({ maxCount: 5 });
    const page2 = await store.readLog({ after: page1[4].leafIndex, maxCount: 100 });
    expect([...page1, ...page2].map((e) => e.leafIndex)).toEqual([...Array(15).keys()]);
    expect([...page1, ...page2].slice(-12).map((e) => e.event)).toEqual(events);
    expect(await store.entry(events[5].id)).toMatchObject({ leafIndex: 8, event: events[5] });
  });

  it('keeps strings PostgreSQL jsonb would refuse or rewrite, byte for byte', async () => {
    const [base] = streamEvents('fund-odd', 1);
    const odd = { ...base, data: { note: 'nul \u0000 และภาษาไทย 🙂', big: 12345678901234567890, exp: 1e-7 } };
    const event = { ...odd, hash: eventHashOf(odd) };
    expect((await store.append(event)).status).toBe('appended');
    expect((await store.entry(event.id))?.event).toEqual(event);
  });

  it('a restarted database and a new store object continue the same tree', async () => {
    const before = await store.rootHash();
    await store.close();
    await engine.restart?.();
    store = await engine.open({ schema });
    expect(await store.rootHash()).toEqual(before);
    const next = streamEvents('fund-restart', 2);
    const outcome = await store.appendMany(next);
    expect(outcome.map((o) => ('leafIndex' in o ? o.leafIndex : -1))).toEqual([before.treeSize, before.treeSize + 1]);
    expect((await store.verify()).ok).toBe(true);
  });

  it('concurrent writers on two store objects get distinct, gapless leaves', async () => {
    const other = await engine.open({ schema });
    const start = await store.size();
    const a = interleaved(2, 10, 'cw-a');
    const b = interleaved(2, 10, 'cw-b');
    const results = await Promise.all([Promise.all(a.map((e) => store.append(e))), Promise.all(b.map((e) => other.append(e)))]);
    await other.close();
    const indices = results.flat().map((o) => ('leafIndex' in o ? o.leafIndex : -1));
    expect(indices.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => start + i));
    expect((await store.verify()).ok).toBe(true);
  });

  it('stored leaves, subtrees and heads refuse UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of [
      `UPDATE ${schema}.leaves SET envelope = '{}' WHERE leaf_index = 0`,
      `DELETE FROM ${schema}.subtrees WHERE level = 0`,
      `TRUNCATE ${schema}.leaves`,
    ]) {
      const error = await refusal(engine.raw(statement));
      expect((error as { code?: string }).code).toBe(IMMUTABLE_LEDGER_SQLSTATE);
    }
  });
};
