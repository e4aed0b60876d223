import { DEAD_LETTER_HEADERS, IncomingMessage, MessageBus, RetryPolicy, deadLetterTopicOf } from '../bus/message-bus';
import { Consumers, Received, message, sleep, uniqueName, waitFor } from './bus-test-kit';

export interface MessageBusContractOptions {
  /** One bus for the whole suite; closed after it. */
  open(): Promise<MessageBus>;
  /** Initial backoff of the retry tests (before any scaling the adapter applies). */
  backoffMs: number;
  /** How long a delivery may take: joins and rebalances take seconds on Kafka. */
  timeoutMs: number;
  /** Hears about redeliveries the tests tolerate, so they are counted rather than hidden. */
  report?: (line: string) => void;
}

/** What every MessageBus adapter must do; run by the in-process spec and the Kafka suite. */
export function messageBusContract(options: MessageBusContractOptions): void {
  const { backoffMs, timeoutMs } = options;
  const report = options.report ?? (() => undefined);
  let bus: MessageBus;
  const consumers = new Consumers(() => bus);
  const until = (condition: () => boolean, what: string) => waitFor(condition, what, timeoutMs);
  const group = () => uniqueName('group');

  beforeAll(async () => {
    bus = await options.open();
  });
  afterEach(() => consumers.stopAll());
  afterAll(() => bus.close());

  it('delivers a message with its key, value and headers', async () => {
    const topic = uniqueName('round-trip');
    const got = new Received();
    await consumers.start({ groupId: group(), topics: [topic], fromBeginning: true, handle: got.record });
    const headers = { ce_id: 'e-1', ce_type: 'welfare.claim.paid', 'x-note': 'จ่ายแล้ว' };
    await bus.publish([message(topic, 'stream-1', '{"amount":"1500.00","memo":"ค่ารักษา"}', headers)]);
    await until(() => got.all.length >= 1, 'the message');
    const [m] = got.all;
    expect(m).toEqual({
      topic,
      key: 'stream-1',
      value: '{"amount":"1500.00","memo":"ค่ารักษา"}',
      headers,
      partition: m.partition,
      offset: '0',
      attempt: 1,
    });
    expect([0, 1, 2]).toContain(m.partition);
  });

  it('keeps the order of every key over 2,000 messages, 50 keys and 3 partitions', async () => {
    const topic = uniqueName('order');
    const got = new Received();
    const keys = Array.from({ length: 50 }, (_, k) => `stream-${k}`);
    for (let batch = 0; batch < 4; batch++) {
      const seqs = Array.from({ length: 10 }, (_, i) => batch * 10 + i);
      await bus.publish(seqs.flatMap((seq) => keys.map((key) => message(topic, key, `${key}#${seq}`))));
    }
    await consumers.start({ groupId: group(), topics: [topic], fromBeginning: true, handle: got.record });
    await until(() => got.distinct >= 2_000, '2,000 messages');
    for (const key of keys) {
      const ofKey = got.all.filter((m) => m.key === key);
      expect(ofKey.map((m) => m.value)).toEqual(Array.from({ length: 40 }, (_, seq) => `${key}#${seq}`));
      expect(new Set(ofKey.map((m) => m.partition)).size).toBe(1);
    }
    expect(new Set(got.all.map((m) => m.partition)).size).toBe(3);
  });

  it('gives every consumer group every message', async () => {
    const topic = uniqueName('groups');
    const [first, second] = [new Received(), new Received()];
    await consumers.start({ groupId: group(), topics: [topic], fromBeginning: true, handle: first.record });
    await consumers.start({ groupId: group(), topics: [topic], fromBeginning: true, handle: second.record });
    await bus.publish(Array.from({ length: 100 }, (_, i) => message(topic, `k-${i % 7}`, `m-${i}`)));
    await until(() => first.distinct >= 100 && second.distinct >= 100, 'both groups');
    expect(new Set(first.values())).toEqual(new Set(second.values()));
  });

  it('shares the partitions of a topic among the members of one group', async () => {
    const topic = uniqueName('members');
    const groupId = group();
    const [one, two] = [new Received(), new Received()];
    await consumers.start({ groupId, topics: [topic], fromBeginning: true, handle: one.record });
    await consumers.start({ groupId, topics: [topic], fromBeginning: true, handle: two.record });
    await bus.publish(Array.from({ length: 300 }, (_, i) => message(topic, `k-${i % 30}`, `m-${i}`)));
    await until(() => new Set([...one.values(), ...two.values()]).size >= 300, 'all 300 within the group');
    expect(one.all.length).toBeGreaterThan(0);
    expect(two.all.length).toBeGreaterThan(0);
    const partitionsOf = (r: Received) => new Set(r.all.map((m) => m.partition));
    expect([...partitionsOf(one)].filter((p) => partitionsOf(two).has(p))).toEqual([]);
  });

  it('redelivers after a handler failure until it succeeds (at-least-once)', async () => {
    const topic = uniqueName('flaky');
    const attempts: number[] = [];
    const handled = new Received();
    const retry: RetryPolicy = { attempts: 5, initialBackoffMs: backoffMs };
    await consumers.start({
      groupId: group(),
      topics: [topic],
      fromBeginning: true,
      retry,
      handle: async (m) => {
        attempts.push(m.attempt);
        if (m.attempt < 3) throw new Error(`transient failure ${m.attempt}`);
        await handled.record(m);
      },
    });
    await bus.publish([message(topic, 'k', 'flaky')]);
    await until(() => handled.all.length >= 1, 'the third attempt');
    expect(attempts).toEqual([1, 2, 3]);
    expect(handled.values()).toEqual(['flaky']);
  });

  it('dead-letters a poison message with the error and its headers, and goes on with the rest', async () => {
    const topic = uniqueName('poison');
    const [handled, deadLetters] = [new Received(), new Received()];
    const poisonAttempts: IncomingMessage[] = [];
    await consumers.start({ groupId: group(), topics: [deadLetterTopicOf(topic)], fromBeginning: true, handle: deadLetters.record });
    await consumers.start({
      groupId: group(),
      topics: [topic],
      fromBeginning: true,
      retry: { attempts: 3, initialBackoffMs: backoffMs },
      handle: async (m) => {
        if (m.value !== 'poison') return handled.record(m);
        poisonAttempts.push(m);
        throw new Error('cannot parse the claim');
      },
    });
    const later = Array.from({ length: 30 }, (_, i) => message(topic, `k-${i % 10}`, `ok-${i}`));
    await bus.publish([message(topic, 'bad', 'poison', { ce_id: 'e-poison' }), ...later, message(topic, 'bad', 'after-poison')]);
    await until(() => handled.distinct >= 31 && deadLetters.all.length >= 1, 'the rest and the dead letter');
    expect(poisonAttempts.map((m) => m.attempt)).toEqual([1, 2, 3]);
    expect(handled.values()).toEqual(expect.arrayContaining(['after-poison', ...later.map((m) => m.value)]));
    const [dead] = deadLetters.all;
    const source = poisonAttempts[0];
    expect(dead).toMatchObject({ topic: deadLetterTopicOf(topic), key: 'bad', value: 'poison' });
    expect(dead.headers).toEqual({
      ce_id: 'e-poison',
      [DEAD_LETTER_HEADERS.error]: 'Error: cannot parse the claim',
      [DEAD_LETTER_HEADERS.sourceTopic]: topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(source.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: source.offset,
      [DEAD_LETTER_HEADERS.attempts]: '3',
    });
  });

  it('resumes a restarted group after its last committed offset', async () => {
    const topic = uniqueName('resume');
    const groupId = group();
    const got = new Received();
    const batch = (from: number) => Array.from({ length: 50 }, (_, i) => message(topic, `k-${i % 5}`, `m-${from + i}`));
    await bus.publish(batch(0));
    const first = await consumers.start({ groupId, topics: [topic], fromBeginning: true, handle: got.record });
    await until(() => got.distinct >= 50, 'the first 50');
    await first.stop();
    await bus.publish(batch(50));
    const seenBefore = got.all.length;
    await consumers.start({ groupId, topics: [topic], fromBeginning: true, handle: got.record });
    await until(() => new Set(got.values()).size >= 100, 'the next 50');
    const again = got.all.slice(seenBefore).filter((m) => Number(m.value.slice(2)) < 50).length;
    report(`restart in one group: ${again} of the first 50 delivered again`);
    expect(again).toBeLessThanOrEqual(50);
  });

  it('redelivers a message whose handling stop() cut short', async () => {
    const topic = uniqueName('cut-short');
    const groupId = group();
    const failing: IncomingMessage[] = [];
    const first = await consumers.start({
      groupId,
      topics: [topic],
      fromBeginning: true,
      retry: { attempts: 5, initialBackoffMs: 60_000 },
      handle: async (m) => {
        failing.push(m);
        throw new Error('database unavailable');
      },
    });
    await bus.publish([message(topic, 'k', 'important')]);
    await until(() => failing.length >= 1, 'the first attempt');
    const stoppedAt = Date.now();
    await first.stop();
    expect(Date.now() - stoppedAt).toBeLessThan(timeoutMs);
    const got = new Received();
    await consumers.start({ groupId, topics: [topic], fromBeginning: true, handle: got.record });
    await until(() => got.all.length >= 1, 'the redelivery');
    expect(got.all[0]).toMatchObject({ value: 'important', offset: failing[0].offset, attempt: 1 });
  });

  it('starts a new group at the end of the topic when fromBeginning is false', async () => {
    const topic = uniqueName('latest');
    await bus.publish([message(topic, 'k', 'before')]);
    const got = new Received();
    await consumers.start({ groupId: group(), topics: [topic], fromBeginning: false, handle: got.record });
    await bus.publish([message(topic, 'k', 'after')]);
    await until(() => got.all.length >= 1, 'the message published after consume()');
    await sleep(100);
    // Same key, same partition: had 'before' been delivered, it would have come first.
    expect(got.values()).toEqual(['after']);
  });
}
