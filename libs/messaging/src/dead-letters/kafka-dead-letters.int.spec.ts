import { describeWithEngine } from '@kongthun/testing';
import { DEAD_LETTER_HEADERS, IncomingMessage, PermanentMessageError } from '../bus/message-bus';
import { KafkaMessageBus } from '../kafka/kafka-message-bus';
import { quietLogger, testBusOptions } from '../kafka/kafka-test-options';
import { message, uniqueName, waitFor } from '../testing/bus-test-kit';
import { KafkaDeadLetters, REPLAYED_FROM_HEADER } from './kafka-dead-letters';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

/**
 * A consumer like the fund views: per key, revisions in order, a redelivered revision is a no-op
 * and a gap is refused. `broken` makes one revision fail, as a bug in the handler would.
 */
class RevisionFollower {
  readonly applied: string[] = [];
  readonly duplicates: string[] = [];
  readonly replayedFrom: string[] = [];
  private readonly last = new Map<string, number>();
  broken?: string;

  readonly handle = async (m: IncomingMessage): Promise<void> => {
    const revision = Number(m.value);
    const last = this.last.get(m.key) ?? 0;
    if (m.headers[REPLAYED_FROM_HEADER]) this.replayedFrom.push(m.headers[REPLAYED_FROM_HEADER]);
    if (revision <= last) return void this.duplicates.push(`${m.key}@${revision}`);
    if (revision !== last + 1) throw new Error(`gap: ${m.key} is at ${last}, got ${revision}`);
    if (this.broken === `${m.key}@${revision}`) throw new PermanentMessageError(`cannot apply ${m.key}@${revision}`, 'BROKEN');
    this.last.set(m.key, revision);
    this.applied.push(`${m.key}@${revision}`);
  };
}

describeWithEngine('kafka', 'dead letters on Kafka: list and replay', (brokers) => {
  it('a fund blocked by a dead letter recovers by a replay once the handler is fixed, each event applied once', async () => {
    const bus = new KafkaMessageBus(testBusOptions(brokers, 'kt-dlq', quietLogger(false)));
    const [topic, groupId] = [uniqueName('dlq-replay'), uniqueName('group')];
    const dlq = new KafkaDeadLetters(brokers.split(','), bus, uniqueName('replay-group'));
    const follower = new RevisionFollower();
    follower.broken = 'fund-a@2';
    const consumer = await bus.consume({
      groupId,
      topics: [topic],
      fromBeginning: true,
      retry: { attempts: 2, initialBackoffMs: 10 },
      handle: follower.handle,
    });
    try {
      await bus.publish(['1', '2', '3'].map((rev) => message(topic, 'fund-a', rev, { ce_id: `a-${rev}` })));
      await bus.publish([message(topic, 'fund-b', '1')]);
      await waitFor(() => follower.applied.includes('fund-b@1'), 'the other fund', 15_000);

      // Revision 2 failed; revision 3 then found a gap, and went the same way.
      let letters: Awaited<ReturnType<KafkaDeadLetters['list']>> = [];
      for (let tries = 0; letters.length < 2 && tries < 50; tries++) {
        letters = await dlq.list(topic);
        if (letters.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(letters.map((l) => l.value)).toEqual(['2', '3']);
      expect(letters[0]).toMatchObject({
        key: 'fund-a',
        sourceTopic: topic,
        attempts: 1,
        replayed: false,
        error: 'PermanentMessageError: cannot apply fund-a@2',
      });
      expect(letters[1]).toMatchObject({ attempts: 2, error: 'Error: gap: fund-a is at 1, got 3' });
      expect(letters[0].headers.ce_id).toBe('a-2');
      expect(letters[0].sourceOffset).toBe(String(Number(letters[1].sourceOffset) - 1));
      expect(follower.applied).toEqual(['fund-a@1', 'fund-b@1']);

      follower.broken = undefined;
      const replayed = await dlq.replayAll(topic);
      expect(replayed.map((l) => l.value)).toEqual(['2', '3']);
      await waitFor(() => follower.applied.includes('fund-a@3'), 'the replayed revisions', 15_000);
      expect(follower.applied).toEqual(['fund-a@1', 'fund-b@1', 'fund-a@2', 'fund-a@3']);
      expect(follower.replayedFrom).toEqual(letters.map((l) => `${l.dlqTopic}/${l.partition}@${l.offset}`));

      // Replayed once: marked, not sent again; replaying one by hand is absorbed as a duplicate.
      expect((await dlq.list(topic)).map((l) => l.replayed)).toEqual([true, true]);
      expect(await dlq.replayAll(topic)).toEqual([]);
      await dlq.replayOne(topic, letters[0].partition, letters[0].offset);
      await waitFor(() => follower.duplicates.length === 1, 'the duplicate', 15_000);
      expect(follower.duplicates).toEqual(['fund-a@2']);
      expect(follower.applied.filter((a) => a === 'fund-a@2')).toHaveLength(1);
      expect(letters[0].headers[DEAD_LETTER_HEADERS.sourceTopic]).toBe(topic);
    } finally {
      await consumer.stop();
      await dlq.close();
      await bus.close();
    }
  }, 60_000);
});
