import { Kafka, logLevel } from 'kafkajs';
import { describeWithEngine } from '@kongthun/testing';
import { DEAD_LETTER_HEADERS, KafkaMessageBus, deadLetterTopicOf } from '@kongthun/messaging';
import { randomUUID } from 'node:crypto';
import { UsageError } from '../exit-codes';
import { runDlq } from './dlq-command';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

describeWithEngine('kafka', 'kongthun dlq', (brokers) => {
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runDlq(argv, { out: (line) => lines.push(line), env: { KAFKA_BROKERS: brokers } });
    return { code, lines };
  };

  it('lists a dead letter with its error, source and attempts, and replays it to its source topic once', async () => {
    const topic = `kt-test.cli-dlq.${randomUUID().slice(0, 8)}`;
    const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: 'kt-cli-dlq' });
    try {
      await bus.ensureTopics([topic, deadLetterTopicOf(topic)], 1);
      await bus.publish([
        {
          topic: deadLetterTopicOf(topic),
          key: 'welfare-fund-1',
          value: '{"id":"e1"}',
          headers: {
            ce_type: 'welfare.ClaimPaid',
            [DEAD_LETTER_HEADERS.error]: 'Error: store away',
            [DEAD_LETTER_HEADERS.sourceTopic]: topic,
            [DEAD_LETTER_HEADERS.sourcePartition]: '0',
            [DEAD_LETTER_HEADERS.sourceOffset]: '41',
            [DEAD_LETTER_HEADERS.attempts]: '5',
          },
        },
      ]);
      const listed = await run('list', topic);
      expect(listed.code).toBe(0);
      expect(listed.lines).toEqual([
        `${topic}.dlq: 1 dead letter(s), 1 pending`,
        `0:0 pending  key=welfare-fund-1 from ${topic}/0@41 attempts=5 type=welfare.ClaimPaid error=Error: store away`,
      ]);
      expect((await run('replay', topic, '--all')).lines[0]).toMatch(/^replayed 1 dead letter/);
      expect((await run('replay', topic, '--all')).lines[0]).toMatch(/^replayed 0 dead letter/);
      // Sent once: the mark kept the second --all from sending it again.
      const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      expect((await admin.fetchTopicOffsets(topic)).map((p) => p.high)).toEqual(['1']);
      await admin.disconnect();
      expect((await run('list', topic)).lines[1]).toMatch(/^0:0 replayed key=welfare-fund-1/);
      const shown = await run('show', topic, '0:0');
      expect(JSON.parse(shown.lines[0])).toMatchObject({ replayed: true, sourceOffset: '41', attempts: 5 });
      expect((await run('show', topic, '0:7')).code).toBe(1);
    } finally {
      await bus.close();
    }
  }, 30_000);

  it('refuses a call it cannot carry out with a usage error, before touching the broker', async () => {
    await expect(run('replay', 'welfare')).rejects.toThrow(UsageError);
    await expect(run('show', 'welfare', 'zero')).rejects.toThrow(UsageError);
    await expect(run('purge', 'welfare')).rejects.toThrow(UsageError);
  });
});
