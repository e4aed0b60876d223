import { RecordedEvent } from '@kongthun/event-sourcing';
import { ProjectEvent, projectStreamId } from '@kongthun/grants-domain';
import { awarded, PROGRAMME, PROJECT, released } from '@kongthun/grants-domain/testing';
import { deadLetterTopicOf, eventToMessage, IncomingMessage, InProcessMessageBus, topicOfContext } from '@kongthun/messaging';
import { InMemoryReadModelStore } from '@kongthun/read-models';
import { consumeGrantsEvents } from './grants-events-consumer';
import { grantsViewProjections } from './grants-view-projections';
import { REPORTS_DUE, REPORTS_DUE_PROJECTION } from './reports-due/reports-due-projection';

const TOPIC = topicOfContext('grants');
const STREAM = projectStreamId(PROJECT);

const recorded = (events: ProjectEvent[]): RecordedEvent[] =>
  events.map((event, i) => ({
    id: `e-${i}`,
    streamId: STREAM,
    streamRevision: BigInt(i),
    globalPosition: BigInt(i),
    type: event.type,
    schemaVersion: 1,
    data: event.data as unknown as RecordedEvent['data'],
    metadata: { correlationId: 'c', causationId: null, actor: { userId: 'u', role: 'grants-officer' } },
    recordedAt: '2023-02-01T03:00:00.000Z',
    prevHash: null,
    hash: 'h',
  }));

describe('the grants views fed from kongthun.grants.events', () => {
  const history = recorded([...awarded(), released(1, '400000.00')]);
  let bus: InProcessMessageBus;
  let readModels: InMemoryReadModelStore;
  const deadLetters: IncomingMessage[] = [];

  beforeEach(async () => {
    bus = new InProcessMessageBus({ backoffScale: 0.01, onError: () => undefined });
    readModels = new InMemoryReadModelStore();
    deadLetters.length = 0;
    await consumeGrantsEvents(bus, grantsViewProjections(readModels), 'grants-views');
    await bus.consume({
      groupId: 'dlq-watch',
      topics: [deadLetterTopicOf(TOPIC)],
      handle: async (message) => void deadLetters.push(message),
    });
  });
  afterEach(() => bus.close());

  const publish = (events: RecordedEvent[]) => bus.publish(events.map((event) => eventToMessage(event, '/kongthun/grants')));
  const until = async (condition: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 5_000; !(await condition());) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const lastApplied = () => readModels.lastApplied(REPORTS_DUE_PROJECTION, STREAM);

  it('feeds every view, and the same messages again change nothing', async () => {
    await publish(history);
    await until(async () => (await lastApplied()) === BigInt(history.length - 1));
    const due = async () => (await readModels.list(REPORTS_DUE, { idPrefix: `${PROGRAMME}|`, limit: 10 })).map((doc) => doc.id);
    expect(await due()).toHaveLength(2);
    await publish(history);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await due()).toHaveLength(2);
    expect(deadLetters).toEqual([]);
  });

  it('dead-letters a message that is not a stored grants event at once, and one past a gap after its retries', async () => {
    await bus.publish([{ ...eventToMessage(history[0], '/kongthun/grants'), value: JSON.stringify({ type: 'grants.project.awarded' }) }]);
    await until(async () => deadLetters.length === 1);
    expect(deadLetters[0].headers.kt_dlq_attempts).toBe('1');
    await publish([history[0], history[2]]);
    await until(async () => deadLetters.length === 2);
    expect(deadLetters[1].headers.kt_dlq_error).toContain('revision 2 arrived after revision 0');
    expect(await lastApplied()).toBe(0n);
  });
});
