import 'reflect-metadata';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, Transport } from '@nestjs/microservices';
import { logLevel } from 'kafkajs';
import { describeWithEngine } from '@kongthun/testing';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf } from '../bus/message-bus';
import { Received, message, uniqueName, waitFor } from '../testing/bus-test-kit';
import { KafkaMessageBus } from './kafka-message-bus';
import { testBusOptions } from './kafka-test-options';
import { RetryThenDeadLetter } from './nest-kafka-handler';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

// Topic names are fixed when the decorators run, so they are made up front.
const WRAPPED = uniqueName('nest-wrapped');
const PLAIN = uniqueName('nest-plain');
const calls: Record<string, number> = {};
const handled: string[] = [];

@Controller()
class Handlers {
  @EventPattern(WRAPPED)
  @RetryThenDeadLetter({ attempts: 3 })
  async wrapped(data: string): Promise<void> {
    calls[data] = (calls[data] ?? 0) + 1;
    if (data === 'poison') throw new Error('cannot parse the claim');
    handled.push(data);
  }

  /** Unwrapped: fails three times. On Nest 11.2.6 kafkajs redelivers it each time (no commit). */
  @EventPattern(PLAIN)
  async plain(data: string): Promise<void> {
    calls[data] = (calls[data] ?? 0) + 1;
    if (calls[data] <= 3) throw new Error('transient');
    handled.push(data);
  }
}

@Module({ controllers: [Handlers] })
class HandlersModule {}

describeWithEngine('kafka', 'a NestJS Kafka microservice with RetryThenDeadLetter', (brokers) => {
  let app: INestMicroservice;
  let bus: KafkaMessageBus;
  beforeAll(async () => {
    bus = new KafkaMessageBus(testBusOptions(brokers, 'kt-nest-test'));
    await bus.ensureTopics([WRAPPED, deadLetterTopicOf(WRAPPED), PLAIN]);
    app = await NestFactory.createMicroservice(HandlersModule, {
      logger: false,
      transport: Transport.KAFKA,
      options: {
        client: { clientId: 'kt-nest', brokers: brokers.split(','), logLevel: logLevel.NOTHING },
        consumer: {
          groupId: uniqueName('nest-group'),
          sessionTimeout: 6_000,
          heartbeatInterval: 300,
          maxWaitTimeInMs: 100,
          allowAutoTopicCreation: false,
        },
        producer: { allowAutoTopicCreation: false },
        subscribe: { fromBeginning: true },
      },
    });
    await app.listen();
  });
  afterAll(async () => {
    await app.close();
    await bus.close();
  });

  it('redelivers a failing event and dead-letters it after the last attempt; later events go on', async () => {
    const deadLetters = new Received();
    await bus.consume({
      groupId: uniqueName('dlq-reader'),
      topics: [deadLetterTopicOf(WRAPPED)],
      fromBeginning: true,
      handle: deadLetters.record,
    });
    await bus.publish([message(WRAPPED, 'bad', 'poison', { ce_id: 'e-1' }), message(WRAPPED, 'bad', 'fine'), message(PLAIN, 'k', 'flaky')]);
    await waitFor(
      () => handled.includes('fine') && handled.includes('flaky') && deadLetters.all.length >= 1,
      'the events and the dead letter',
      20_000,
    );
    expect(calls).toMatchObject({ poison: 3, fine: 1, flaky: 4 });
    expect(deadLetters.all[0]).toMatchObject({ key: 'bad', value: 'poison' });
    expect(deadLetters.all[0].headers).toMatchObject({
      ce_id: 'e-1',
      [DEAD_LETTER_HEADERS.error]: 'Error: cannot parse the claim',
      [DEAD_LETTER_HEADERS.sourceTopic]: WRAPPED,
      [DEAD_LETTER_HEADERS.attempts]: '3',
    });
  }, 30_000);
});
