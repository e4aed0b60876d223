import { AuditLedgerStore } from '@kongthun/audit-store';
import { InMemoryEventStore, PgliteSqlClient } from '@kongthun/event-sourcing';
import { testEvents } from '@kongthun/event-sourcing/testing';
import { envelopeToJson, IncomingMessage, isPermanentMessageError } from '@kongthun/messaging';
import { eventHashOf, LedgerEvent } from '@kongthun/audit-ledger';
import { AppendOutcome } from '@kongthun/audit-store';
import { findingOfRefusedDelivery } from './ingest-findings';
import { ledgerIngestHandler } from './ledger-ingest';

const message = (value: string): IncomingMessage => ({
  topic: 'kongthun.welfare.events',
  key: 'k',
  value,
  headers: {},
  partition: 0,
  offset: '7',
  attempt: 1,
});

describe('feeding the ledger from the bus', () => {
  let ledger: AuditLedgerStore;
  let events: LedgerEvent[];
  const outcomes: AppendOutcome[] = [];
  beforeAll(async () => {
    ledger = await AuditLedgerStore.open(await PgliteSqlClient.open('memory://'));
    const store = new InMemoryEventStore();
    await store.appendToStream(
      'welfare-fund-a',
      testEvents(2, 0).map((event) => ({ ...event, type: 'welfare.thing.happened' })),
      'no-stream',
    );
    events = (await store.readStream('welfare-fund-a')).map(envelopeToJson) as unknown as LedgerEvent[];
  });
  afterAll(() => ledger.close());
  const handle = ledgerIngestHandler({ append: (event) => ledger.append(event) }, (outcome) => void outcomes.push(outcome));

  it('stores an envelope once, however often it is delivered', async () => {
    await handle(message(JSON.stringify(events[0])));
    await handle(message(JSON.stringify(events[0])));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['appended', 'duplicate']);
    expect(await ledger.size()).toBe(1);
  });

  it('a message that is not an envelope is refused for good (dead-lettered), and nothing is stored', async () => {
    for (const value of ['not json', JSON.stringify({ ...events[1], hash: 'short' }), JSON.stringify({ id: 'x' })]) {
      const refusal = await handle(message(value)).catch((error: unknown) => error);
      expect(isPermanentMessageError(refusal)).toBe(true);
    }
    expect(await ledger.size()).toBe(1);
  });

  it('a known id with other content, or content that does not match its hash, becomes a finding', async () => {
    // The source rewrote a published event and re-hashed it, so it holds together on its own.
    const edited = { ...events[0], data: { ...events[0].data, amount: '9.99' } };
    const rewritten = { ...edited, hash: eventHashOf(edited) };
    const tampered = { ...events[1], data: { ...events[1].data, amount: '9.99' } };
    for (const event of [rewritten, tampered]) await handle(message(JSON.stringify(event)));
    const [conflict, mismatch] = outcomes.slice(-2);
    expect([conflict.status, mismatch.status]).toEqual(['conflict', 'hash-mismatch']);
    expect(findingOfRefusedDelivery(conflict, rewritten)).toMatchObject({
      rule: 'chain.delivery.conflicting-content',
      evidenceEventIds: [events[0].id],
      streamId: 'welfare-fund-a',
    });
    expect(findingOfRefusedDelivery(mismatch, tampered)).toMatchObject({
      rule: 'chain.delivery.hash-mismatch',
      evidenceEventIds: [],
      details: { eventId: events[1].id },
    });
    expect(findingOfRefusedDelivery(outcomes[0], events[0])).toBeNull();
    expect(await ledger.size()).toBe(1);
  });
});
