import { v7 as uuidv7 } from 'uuid';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventToAppend, InMemoryEventStore, PgliteSqlClient } from '@kongthun/event-sourcing';
import { envelopeToJson } from '@kongthun/messaging';
import { InMemoryReadModelStore, ReadModelStore, StoredDocument } from '@kongthun/read-models';
import { FundEvent, fundStreamId } from '@kongthun/welfare-domain';
import { claimSubmitted, contributionRecorded, FUND_ID, fundRegistered, memberEnrolled } from '@kongthun/welfare-domain/testing';
import { ALL_FUND_VIEW_COLLECTIONS, FUND_VIEW_COLLECTIONS, FundProjection } from '@kongthun/welfare-service';
import { rebuildReadModelsFromLedger, RebuildProgress } from './rebuild-from-ledger';

const asAppend = (event: FundEvent): EventToAppend => ({
  id: uuidv7(),
  type: event.type,
  schemaVersion: 1,
  data: event.data as never,
  metadata: { actor: { userId: 'u-malee', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
});

/** Every welfare view document, by collection. */
const documents = async (store: ReadModelStore) => {
  const all: Record<string, StoredDocument[]> = {};
  for (const collection of ALL_FUND_VIEW_COLLECTIONS) all[collection] = await store.list(collection, { limit: 100 });
  return all;
};

describe('the whole-system replay from the audit ledger', () => {
  it('rebuilds the same fund views as projecting the event log, reporting progress, and again after a drop', async () => {
    const store = new InMemoryEventStore();
    const history = [
      fundRegistered(),
      memberEnrolled('m-001', '2023-01-10'),
      memberEnrolled('m-002', '2023-01-11'),
      contributionRecorded('m-001', '2023-02', 12, '2023-02-01'),
      claimSubmitted('cl-1', 'm-001', 'sickness', '2023-03-20', '400.00', { hospitalNights: 2 }),
    ];
    const { events } = await store.appendToStream(fundStreamId(FUND_ID), history.map(asAppend), 'no-stream');
    const ledger = await AuditLedgerStore.open(await PgliteSqlClient.open('memory://'));
    for (const event of events) await ledger.append(envelopeToJson(event));

    const expected = new InMemoryReadModelStore();
    for (const event of events) await new FundProjection(expected).project(event);

    const rebuilt = new InMemoryReadModelStore();
    const progress: RebuildProgress[] = [];
    const result = await rebuildReadModelsFromLedger(ledger, rebuilt, (step) => progress.push(step), 2);
    expect(result).toMatchObject({ done: 5, total: 5, projected: 5 });
    expect(progress.map((step) => step.done)).toEqual([2, 4, 5]);
    const views = await documents(expected);
    expect(await documents(rebuilt)).toEqual(views);
    expect(views[FUND_VIEW_COLLECTIONS.claimsQueue]).toEqual([expect.objectContaining({ id: `${FUND_ID}/cl-1` })]);
    expect(views[FUND_VIEW_COLLECTIONS.statements]).toHaveLength(2);

    expect(await rebuildReadModelsFromLedger(ledger, rebuilt)).toMatchObject({ done: 5, projected: 5 });
    expect(await documents(rebuilt)).toEqual(views);
    await ledger.close();
  });
});
