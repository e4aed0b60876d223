import 'reflect-metadata';
import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, KafkaRetriableException, MessagePattern, ServerKafka } from '@nestjs/microservices';
import { EachMessagePayload, Producer, ProducerRecord } from 'kafkajs';
import { DEAD_LETTER_HEADERS, OutgoingMessage } from '../bus/message-bus';
import { RetryThenDeadLetter } from './nest-kafka-handler';

/**
 * The real Nest pipeline (ServerKafka, RpcProxy, exception filters, interceptors) without a broker:
 * the app is initialised but never listens, and the test hands ServerKafka what kafkajs would.
 * A rejected handleMessage() is what kafkajs sees as an eachMessage error: no commit, redelivery.
 */
const deadLetters: OutgoingMessage[] = [];
const calls: Record<string, number> = {};
const fail = (name: string) => {
  calls[name] = (calls[name] ?? 0) + 1;
  throw new Error(`${name} cannot be handled`);
};

@Controller()
class Handlers {
  @EventPattern('plain-event')
  plainEvent(): void {
    fail('plain-event');
  }

  @MessagePattern('plain-request')
  plainRequest(): void {
    fail('plain-request');
  }

  @EventPattern('wrapped-event')
  @RetryThenDeadLetter({ attempts: 3, deadLetter: async (m) => void deadLetters.push(m) })
  async wrappedEvent(data: { claim: string }): Promise<void> {
    if (data.claim !== 'ok') fail('wrapped-event');
  }
}

@Module({ controllers: [Handlers] })
class HandlersModule {}

/** ServerKafka with a recording producer in place of the one listen() would connect. */
class OfflineServerKafka extends ServerKafka {
  readonly sent: ProducerRecord[] = [];
  constructor() {
    super({ client: { brokers: ['127.0.0.1:1'] } });
    this.producer = {
      send: async (record: ProducerRecord) => void this.sent.push(record),
      disconnect: async () => undefined,
    } as unknown as Producer;
  }
}

const payload = (topic: string, offset: string, value: string, headers: Record<string, string> = {}): EachMessagePayload => ({
  topic,
  partition: 2,
  message: {
    key: Buffer.from('stream-1'),
    value: Buffer.from(value),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Buffer.from(v)])),
    offset,
    timestamp: '0',
    attributes: 0,
  },
  heartbeat: async () => undefined,
  pause: () => () => undefined,
});

describe('Nest Kafka transport (@nestjs/microservices 11) and RetryThenDeadLetter', () => {
  let app: INestMicroservice;
  let server: OfflineServerKafka;
  beforeAll(async () => {
    server = new OfflineServerKafka();
    app = await NestFactory.createMicroservice(HandlersModule, { strategy: server, logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('rethrows a plain @EventPattern error into kafkajs (redelivery without end), as an object, not an Error', async () => {
    await expect(server.handleMessage(payload('plain-event', '1', '{}'))).rejects.toEqual({
      status: 'error',
      message: 'Internal server error',
    });
    await expect(server.handleMessage(payload('plain-event', '1', '{}'))).rejects.not.toBeInstanceOf(Error);
  });

  it('swallows a plain @MessagePattern error into the reply: kafkajs commits, the message is gone', async () => {
    const request = payload('plain-request', '1', '{}', { kafka_correlationId: 'c-1', kafka_replyTopic: 'plain-request.reply' });
    await expect(server.handleMessage(request)).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls['plain-request']).toBe(1);
    expect(server.sent[0].topic).toBe('plain-request.reply');
  });

  it('turns failures into KafkaRetriableException until the last attempt, then dead-letters and lets kafkajs commit', async () => {
    const message = payload('wrapped-event', '7', '{"claim":"bad"}', { ce_id: 'e-7' });
    await expect(server.handleMessage(message)).rejects.toBeInstanceOf(KafkaRetriableException);
    await expect(server.handleMessage(message)).rejects.toBeInstanceOf(KafkaRetriableException);
    expect(deadLetters).toEqual([]);
    await expect(server.handleMessage(message)).resolves.toBeUndefined();
    expect(calls['wrapped-event']).toBe(3);
    expect(deadLetters).toEqual([
      {
        topic: 'wrapped-event.dlq',
        key: 'stream-1',
        value: '{"claim":"bad"}',
        headers: {
          ce_id: 'e-7',
          [DEAD_LETTER_HEADERS.error]: 'Error: wrapped-event cannot be handled',
          [DEAD_LETTER_HEADERS.sourceTopic]: 'wrapped-event',
          [DEAD_LETTER_HEADERS.sourcePartition]: '2',
          [DEAD_LETTER_HEADERS.sourceOffset]: '7',
          [DEAD_LETTER_HEADERS.attempts]: '3',
        },
      },
    ]);
  });

  it('counts per message and forgets a message once it succeeded', async () => {
    await expect(server.handleMessage(payload('wrapped-event', '8', '{"claim":"bad"}'))).rejects.toBeInstanceOf(KafkaRetriableException);
    await expect(server.handleMessage(payload('wrapped-event', '9', '{"claim":"ok"}'))).resolves.toBeUndefined();
    await expect(server.handleMessage(payload('wrapped-event', '8', '{"claim":"bad"}'))).rejects.toBeInstanceOf(KafkaRetriableException);
    expect(deadLetters).toHaveLength(1);
  });
});
