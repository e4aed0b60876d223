import { RecordedEvent } from '@kongthun/event-sourcing';
import { deadLetterTopicOf, eventToMessage, IncomingMessage, InProcessMessageBus, topicOfContext } from '@kongthun/messaging';
import { InMemoryReadModelStore } from '@kongthun/read-models';
import { fundStreamId } from '../commands/fund-event-codec';
import { FundProjection } from './fund-projection';
import { FUND_VIEW_COLLECTIONS, FUND_VIEWS_PROJECTION, statementDocumentId } from './fund-read-models';
import { SAMPLE_FUND_ID, sampleFundHistory } from './testing/sample-fund-history';
import { consumeWelfareEvents } from './welfare-events-consumer';

const TOPIC = topicOfContext('welfare');
const STREAM = fundStreamId(SAMPLE_FUND_ID);

describe('the fund views fed from kongthun.welfare.events', () => {
  let history: RecordedEvent[];
  let bus: InProcessMessageBus;
  let readModels: InMemoryReadModelStore;
  const deadLetters: IncomingMessage[] = [];

  beforeAll(async () => {
    history = await sampleFundHistory();
  });
  beforeEach(async () => {
    bus = new InProcessMessageBus({ backoffScale: 0.01, onError: () => undefined });
    readModels = new InMemoryReadModelStore();
    deadLetters.length = 0;
    await consumeWelfareEvents(bus, new FundProjection(readModels), 'fund-views');
    await bus.consume({
      groupId: 'dlq-watch',
      topics: [deadLetterTopicOf(TOPIC)],
      handle: async (message) => void deadLetters.push(message),
    });
  });
  afterEach(() => bus.close());

  const publish = (events: RecordedEvent[]) => bus.publish(events.map((event) => eventToMessage(event, '/kongthun/welfare-fund')));
  const lastApplied = () => readModels.lastApplied(FUND_VIEWS_PROJECTION, STREAM);
  const until = async (condition: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 5_000; !(await condition());) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  it('projects every message, and the same messages published again change nothing', async () => {
    await publish(history);
    await until(async () => (await lastApplied()) === BigInt(history.length - 1));
    const documents = () =>
      Promise.all([
        readModels.get(FUND_VIEW_COLLECTIONS.overview, SAMPLE_FUND_ID),
        readModels.get(FUND_VIEW_COLLECTIONS.statements, statementDocumentId(SAMPLE_FUND_ID, 'm-1')),
      ]);
    const before = await documents();
    expect(before[0]?.body).toMatchObject({ fundId: SAMPLE_FUND_ID, registered: true });
    await publish(history);
    await publish([history[history.length - 1]]);
    // Redeliveries are no-ops: nothing to wait for but the bus draining them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await documents()).toEqual(before);
    expect(await lastApplied()).toBe(BigInt(history.length - 1));
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters a message that skips a revision after its retries, and applies nothing past the gap', async () => {
    await publish([history[0], history[2]]);
    await until(async () => deadLetters.length === 1);
    expect(deadLetters[0].headers).toMatchObject({ ce_id: history[2].id, kt_dlq_attempts: '5' });
    expect(deadLetters[0].headers.kt_dlq_error).toContain('revision 2 arrived after revision 0');
    expect(await lastApplied()).toBe(0n);
  });

  it('dead-letters a message that breaks the welfare contract', async () => {
    const broken = { ...eventToMessage(history[0], '/kongthun/welfare-fund'), value: JSON.stringify({ type: 'welfare.fund.registered' }) };
    await bus.publish([broken]);
    await until(async () => deadLetters.length === 1);
    expect(deadLetters[0].headers.kt_dlq_error).toMatch(/envelope/);
    expect(await lastApplied()).toBeUndefined();
  });
});
