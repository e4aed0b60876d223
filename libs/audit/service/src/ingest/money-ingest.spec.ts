import { AuditLedgerStore, MoneyAppendOutcome, MoneyLogStore } from '@kongthun/audit-store';
import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { IncomingMessage, isPermanentMessageError } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC, MoneyMessage } from '@kongthun/money-contract';
import { unitStory } from '../testing/money-messages';
import { findingOfRefusedMoneyMessage } from './money-ingest-findings';
import { moneyIngestHandler } from './money-ingest';

const delivery = (value: string): IncomingMessage => ({
  topic: MONEY_CONTRACT_TOPIC,
  key: 'k',
  value,
  headers: {},
  partition: 0,
  offset: '3',
  attempt: 1,
});

describe('feeding the money log from the money contract topic', () => {
  let ledger: AuditLedgerStore;
  let log: MoneyLogStore;
  const outcomes: [MoneyAppendOutcome, MoneyMessage][] = [];
  const story = unitStory('welfare', 'fund-a', ['190101']);
  const messages = [story.declared(), story.moneyIn('in-1', 'matching', '1000.00', '2024-02-01')];
  beforeAll(async () => {
    ledger = await AuditLedgerStore.open(await PgliteSqlClient.open('memory://'));
    log = await ledger.moneyLog();
  });
  afterAll(() => ledger.close());
  const handle = moneyIngestHandler(
    { append: (message) => log.append(message) },
    (outcome, message) => void outcomes.push([outcome, message]),
  );

  it('stores a message once, however often it is delivered', async () => {
    await handle(delivery(JSON.stringify(messages[0])));
    await handle(delivery(JSON.stringify(messages[0])));
    await handle(delivery(JSON.stringify(messages[1])));
    expect(outcomes.map(([outcome]) => [outcome.status, outcome.seq])).toEqual([
      ['appended', 1],
      ['duplicate', 1],
      ['appended', 2],
    ]);
    expect((await log.readMoneyLog({ maxCount: 10 })).map((entry) => entry.message)).toEqual(messages);
  });

  it('a message that breaks the contract is refused for good (dead-lettered), and nothing is stored', async () => {
    const broken = [
      'not json',
      JSON.stringify({ ...messages[1], data: { ...messages[1].data, amount: '-5.00' } }),
      JSON.stringify({ ...messages[1], id: 'not-a-uuid' }),
      JSON.stringify({ ...messages[1], type: 'money.gift.given' }),
    ];
    for (const value of broken) {
      const refusal = await handle(delivery(value)).catch((error: unknown) => error);
      expect(isPermanentMessageError(refusal)).toBe(true);
      expect(refusal).toMatchObject({ code: 'contract.violation' });
    }
    expect(await log.size()).toBe(2);
  });

  it('a known id with other content is not stored and becomes a finding naming both hashes', async () => {
    const rewritten = { ...messages[1], data: { ...messages[1].data, amount: '100.00' } } as MoneyMessage;
    await handle(delivery(JSON.stringify(rewritten)));
    const [outcome, message] = outcomes[outcomes.length - 1];
    expect(outcome).toMatchObject({ status: 'conflict', seq: 2 });
    const finding = findingOfRefusedMoneyMessage(outcome, message);
    expect(finding).toMatchObject({
      rule: 'chain.delivery.money-conflicting-content',
      severity: 'high',
      streamId: story.streamId,
      evidenceEventIds: [],
      details: { messageId: messages[1].id, seq: 2, programme: 'welfare', unitId: 'fund-a', sourceEventId: messages[1].source.eventId },
    });
    expect(findingOfRefusedMoneyMessage(outcomes[0][0], outcomes[0][1])).toBeNull();
    expect((await log.message(messages[1].id))?.message).toEqual(messages[1]);
  });
});
