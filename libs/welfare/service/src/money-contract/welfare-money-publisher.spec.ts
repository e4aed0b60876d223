import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { KeyedHasher } from '@kongthun/kernel';
import { InMemoryCheckpointStore, InProcessMessageBus, IncomingMessage } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC, MoneyMessage, parseMoneyMessage } from '@kongthun/money-contract';
import { sampleFundHistory, SAMPLE_FUND_ID } from '../projections/testing/sample-fund-history';
import { welfareMoneyPublisher } from './welfare-money-publisher';

const hasher = new KeyedHasher('publisher-test-key-0123456789abcdef');

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('welfare money-contract publisher', () => {
  it('publishes every movement of money of a fund on kongthun.money.events, keyed by the fund stream, and nothing else', async () => {
    const store = new InMemoryEventStore();
    const history = await sampleFundHistory(store);
    const bus = new InProcessMessageBus();
    const received: IncomingMessage[] = [];
    const consumer = await bus.consume({
      groupId: 'test',
      topics: [MONEY_CONTRACT_TOPIC],
      fromBeginning: true,
      handle: async (message) => {
        received.push(message);
      },
    });
    const publisher = welfareMoneyPublisher(store, bus, new InMemoryCheckpointStore(), hasher, { pollIntervalMs: 10 });
    await publisher.start();
    await publisher.drained();
    // sample history: registration and a rules change, 4 joining fees, 6 contributions, 3 matching, 2 admin
    // spendings, 1 relation, 1 approved claim, 2 payouts and 4 reversals (a payout, a contribution, matching money, a spending).
    await until(() => received.length >= 25);
    await publisher.stop();
    await consumer.stop();
    await bus.close();

    const messages: MoneyMessage[] = received.map((message) => parseMoneyMessage(message.value));
    const count = (type: MoneyMessage['type']) => messages.filter((message) => message.type === type).length;
    expect({
      units: count('money.unit.declared'),
      moneyIn: count('money.in.received'),
      commitments: count('money.commitment.made'),
      disbursements: count('money.disbursement.made'),
      reversals: count('money.reversal.recorded'),
      relations: count('money.relation.declared'),
    }).toEqual({ units: 2, moneyIn: 13, commitments: 1, disbursements: 4, reversals: 4, relations: 1 });
    expect(new Set(received.map((message) => message.key))).toEqual(new Set([history[0].streamId]));
    expect(new Set(messages.map((message) => message.unitId))).toEqual(new Set([SAMPLE_FUND_ID]));
    expect(received[0].headers).toMatchObject({
      ce_type: 'money.unit.declared',
      ce_subject: `welfare/${SAMPLE_FUND_ID}`,
      ce_id: messages[0].id,
    });
  });

  it('republishes the same messages with the same ids after a restart from an older checkpoint, so consumers drop them', async () => {
    const store = new InMemoryEventStore();
    await sampleFundHistory(store);
    const ids = async (checkpoints: InMemoryCheckpointStore) => {
      const bus = new InProcessMessageBus();
      const seen: string[] = [];
      const consumer = await bus.consume({
        groupId: 'ids',
        topics: [MONEY_CONTRACT_TOPIC],
        fromBeginning: true,
        handle: async (message) => {
          seen.push(message.headers.ce_id);
        },
      });
      const publisher = welfareMoneyPublisher(store, bus, checkpoints, hasher, { pollIntervalMs: 10 });
      await publisher.start();
      await publisher.drained();
      await until(() => seen.length >= 25);
      await publisher.stop();
      await consumer.stop();
      await bus.close();
      return seen;
    };
    expect(await ids(new InMemoryCheckpointStore())).toEqual(await ids(new InMemoryCheckpointStore()));
  });
});
