import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { testEvents } from '@kongthun/event-sourcing/testing';
import { InMemoryCheckpointStore } from './checkpoint-store';
import { eventFromMessage } from './event-message';
import { EventLogPublisher } from './event-log-publisher';
import { RecordingBus } from './recording-bus';

const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('EventLogPublisher', () => {
  let store: InMemoryEventStore;
  let bus: RecordingBus;
  let checkpoints: InMemoryCheckpointStore;
  beforeEach(() => {
    store = new InMemoryEventStore();
    bus = new RecordingBus();
    checkpoints = new InMemoryCheckpointStore();
  });

  it('publishes every event in log order, keyed by stream, with CloudEvents headers', async () => {
    await store.appendToStream('fund-1', testEvents(3), 'no-stream');
    await store.appendToStream('fund-2', testEvents(2), 'no-stream');
    const publisher = new EventLogPublisher(store, bus, checkpoints, { name: 'p', source: '/kongthun/test', batchSize: 2 });
    await publisher.start();
    await publisher.drained();
    await publisher.stop();
    expect(bus.acknowledged.map((m) => m.key)).toEqual(['fund-1', 'fund-1', 'fund-1', 'fund-2', 'fund-2']);
    const [first] = bus.acknowledged;
    const [stored] = await store.readStream('fund-1');
    expect(first.topic).toBe('kongthun.test.events');
    expect(first.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: stored.id,
      ce_type: 'test.thing.happened',
      ce_source: '/kongthun/test',
      ce_subject: 'fund-1',
      ce_time: stored.recordedAt,
    });
    expect(eventFromMessage(first.value)).toEqual(stored);
    expect(JSON.parse(first.value).data.amount).toBe('0.50');
  });

  it('keeps publishing events appended while it runs, and resumes from its checkpoint after a restart', async () => {
    const publisher = new EventLogPublisher(store, bus, checkpoints, { name: 'p', source: '/t' });
    await publisher.start();
    await store.appendToStream('fund-1', testEvents(2), 'no-stream');
    await until(() => bus.acknowledged.length === 2);
    await publisher.stop();
    await store.appendToStream('fund-1', testEvents(2, 2), 1n);
    const restarted = new EventLogPublisher(store, bus, checkpoints, { name: 'p', source: '/t' });
    await restarted.start();
    await restarted.drained();
    await restarted.stop();
    expect(bus.acknowledged.map((m) => JSON.parse(m.value).data.n)).toEqual([0, 1, 2, 3]);
  });

  it('does not move its checkpoint while the bus refuses, and loses nothing once it recovers', async () => {
    await store.appendToStream('fund-1', testEvents(4), 'no-stream');
    bus.failuresLeft = 3;
    const errors: unknown[] = [];
    const publisher = new EventLogPublisher(store, bus, checkpoints, {
      name: 'p',
      source: '/t',
      retryDelayMs: 5,
      breaker: { volumeThreshold: 100 },
      onError: (e) => errors.push(e),
    });
    await publisher.start();
    await until(() => bus.acknowledged.length === 4);
    await publisher.stop();
    expect(errors).toHaveLength(3);
    expect(bus.acknowledged.map((m) => JSON.parse(m.value).data.n)).toEqual([0, 1, 2, 3]);
    expect(await checkpoints.load('p')).toBe('4');
  });

  it('opens its breaker after repeated failures, pauses, and closes it again when the bus is back', async () => {
    await store.appendToStream('fund-1', testEvents(1), 'no-stream');
    bus.failuresLeft = 1_000;
    const publisher = new EventLogPublisher(store, bus, checkpoints, {
      name: 'p',
      source: '/t',
      retryDelayMs: 5,
      breaker: { resetTimeout: 200, volumeThreshold: 3 },
    });
    await publisher.start();
    await until(() => publisher.status().breaker.state === 'open');
    const attemptsWhenOpened = bus.attempts;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bus.attempts).toBe(attemptsWhenOpened);
    expect(await checkpoints.load('p')).toBeUndefined();
    bus.failuresLeft = 0;
    await until(() => bus.acknowledged.length === 1);
    expect(publisher.status().breaker.state).toBe('closed');
    await publisher.stop();
  });
});
