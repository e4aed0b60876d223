import { MoneyMessage } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';
import { AuditLedgerStore } from '../audit-ledger-store';
import { IMMUTABLE_LEDGER_SQLSTATE } from '../ledger-schema';
import { MoneyLogStore } from '../money/money-log-store';
import { LedgerEngine, uniqueSchema } from './ledger-engine';

const refusal = async (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => undefined,
    (e: unknown) => e,
  );

const declared = (unitId: string, areaCodes: string[], streamId: string) =>
  moneyMessage(
    'money.unit.declared',
    {
      name: `unit ${unitId}`,
      areaCodes,
      activeFrom: '2024-01-01',
      activeUntil: null,
      ruleVersion: 1,
      effectiveFrom: '2024-01-01',
      adminCostCapPercent: 10,
      approvalLimit: null,
      terms: {},
    },
    {
      unitId,
      source: { eventId: '0190f000-0000-7000-8000-00000000a000', streamId, streamRevision: '0', type: 'test.unit', hash: '0'.repeat(64) },
    },
  );

const moneyIn = (unitId: string, amount: string, streamId: string, revision: number) =>
  moneyMessage(
    'money.in.received',
    {
      moneyInId: `in-${unitId}-${revision}`,
      source: { kind: 'member-contribution', name: 'members' },
      amount,
      receivedOn: '2026-01-15',
      fiscalYear: 2569,
      document: { reference: `r-${revision}`, amountFigures: amount, amountWords: null },
      payer: null,
    },
    {
      unitId,
      source: {
        eventId: `0190f000-0000-7000-8000-${String(revision).padStart(12, '0')}`,
        streamId,
        streamRevision: String(revision),
        type: 'test.in',
        hash: '1'.repeat(64),
      },
    },
  );

/** The money log beside the ledger: arrival order, idempotence by id, queries by unit and area, immutability. */
export const moneyLogContract = (engine: LedgerEngine): void => {
  const schema = uniqueSchema('money');
  let ledger: AuditLedgerStore;
  let log: MoneyLogStore;
  let saraburi: MoneyMessage[];
  beforeAll(async () => {
    ledger = await engine.open({ schema });
    log = await ledger.moneyLog();
    saraburi = [
      declared('fund-sb', ['190101'], 'welfare-fund-sb'),
      moneyIn('fund-sb', '100.00', 'welfare-fund-sb', 1),
      moneyIn('fund-sb', '50.00', 'welfare-fund-sb', 2),
    ];
  });
  afterAll(() => ledger?.close());

  it('the ledger opens its money log once, in its own schema', async () => {
    expect(await ledger.moneyLog()).toBe(log);
    expect(log.schema).toBe(schema);
    expect(await log.size()).toBe(0);
  });

  it('messages get gapless sequence numbers in arrival order; a redelivery is a no-op answering with its number', async () => {
    expect(await log.append(saraburi[0])).toEqual({ status: 'appended', messageId: saraburi[0].id, seq: 1 });
    const batch = await log.appendMany([saraburi[1], saraburi[0], saraburi[2], saraburi[1]]);
    expect(batch.map((o) => [o.status, o.seq])).toEqual([
      ['appended', 2],
      ['duplicate', 1],
      ['appended', 3],
      ['duplicate', 2],
    ]);
    // The same content with its keys in another order is the same message.
    const reordered = Object.fromEntries(Object.entries(saraburi[2]).reverse()) as MoneyMessage;
    expect(await log.append(reordered)).toMatchObject({ status: 'duplicate', seq: 3 });
    expect(await log.size()).toBe(3);
    expect((await log.readMoneyLog({ maxCount: 10 })).map((entry) => [entry.seq, entry.message])).toEqual(
      saraburi.map((message, i) => [i + 1, message]),
    );
    expect((await log.readMoneyLog({ after: 1, maxCount: 1 })).map((entry) => entry.seq)).toEqual([2]);
  });

  it('the same id with other content is a conflict naming both hashes; nothing is stored', async () => {
    const altered = { ...saraburi[1], data: { ...saraburi[1].data, amount: '900.00' } } as MoneyMessage;
    const outcome = await log.append(altered);
    expect(outcome).toMatchObject({
      status: 'conflict',
      messageId: saraburi[1].id,
      seq: 2,
      storedHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(outcome.status === 'conflict' && outcome.storedHash !== outcome.receivedHash).toBe(true);
    expect(await log.size()).toBe(3);
    expect((await log.message(saraburi[1].id))?.message).toEqual(saraburi[1]);
  });

  it('a unit reads back its own messages, up to a sequence number; its areas come from its declarations', async () => {
    await log.appendMany([declared('fund-pk', ['830101', '830102'], 'welfare-fund-pk'), moneyIn('fund-pk', '70.00', 'welfare-fund-pk', 1)]);
    const unit = { programme: 'welfare', unitId: 'fund-sb' };
    expect((await log.readUnit(unit)).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect((await log.readUnit(unit, { upToSeq: 2 })).map((entry) => entry.seq)).toEqual([1, 2]);
    expect(await log.readUnit({ programme: 'grants', unitId: 'fund-sb' })).toEqual([]);
    expect(await log.unitAreas({ programme: 'welfare', unitId: 'fund-pk' })).toEqual(['830101', '830102']);
    const areas = await log.streamAreas(['welfare-fund-sb', 'welfare-fund-pk', 'welfare-fund-unknown']);
    expect(Object.fromEntries(areas)).toEqual({ 'welfare-fund-sb': ['190101'], 'welfare-fund-pk': ['830101', '830102'] });
  });

  it('stored messages and the scope tables refuse UPDATE, DELETE and TRUNCATE', async () => {
    for (const statement of [
      `UPDATE ${schema}.money_messages SET body = '{}' WHERE seq = 1`,
      `DELETE FROM ${schema}.money_unit_areas`,
      `TRUNCATE ${schema}.money_stream_units`,
      `TRUNCATE ${schema}.money_messages`,
    ]) {
      const error = await refusal(engine.raw(statement));
      expect((error as { code?: string }).code).toBe(IMMUTABLE_LEDGER_SQLSTATE);
    }
    expect(await log.size()).toBe(5);
  });
};
