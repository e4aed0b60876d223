import 'reflect-metadata';
import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import { v7 as uuidv7 } from 'uuid';
import { Breakers } from '@kongthun/breakers';
import { describeWithEngine } from '@kongthun/testing';
import { MessagingHealthModule } from '../health/messaging-health.module';
import { KafkaMessageBus } from './kafka-message-bus';
import { quietLogger, testBusOptions } from './kafka-test-options';

/** An address where no broker listens: a port just bound and released. */
const closedPort = async (): Promise<string> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${port}`;
};

describeWithEngine('kafka', 'a Kafka consumer behind its breaker', (brokers) => {
  const breakers = new Breakers({ volumeThreshold: 2, resetTimeoutMs: 60_000 });
  afterAll(() => breakers.shutdown());
  const handle = async () => undefined;

  it('a consumer that joined the real broker counts a success on kafka.consumer.<group>', async () => {
    const bus = new KafkaMessageBus({ ...testBusOptions(brokers, `breaker-${uuidv7()}`), breakers });
    const groupId = `kt-breaker-up-${uuidv7()}`;
    const consumer = await bus.consume({ groupId, topics: [`kt-breaker-${uuidv7()}`], handle });
    expect(breakers.statuses().find((status) => status.name === `kafka.consumer.${groupId}`)).toMatchObject({
      state: 'closed',
      failures: 0,
    });
    await consumer.stop();
    await bus.close();
  }, 60_000);

  it('a consumer that cannot reach its broker opens its breaker, is then refused at once, and /health answers 503 naming it', async () => {
    const bus = new KafkaMessageBus({
      ...testBusOptions(await closedPort(), `breaker-${uuidv7()}`, quietLogger(false)),
      breakers,
      connectionRetry: { retries: 0 },
    });
    const groupId = `kt-breaker-down-${uuidv7()}`;
    const options = { groupId, topics: ['kt-breaker-unreachable'], handle };
    await expect(bus.consume(options)).rejects.toThrow();
    await expect(bus.consume(options)).rejects.toThrow();
    await expect(bus.consume(options)).rejects.toMatchObject({
      code: 'dependency.unavailable',
      details: { breaker: `kafka.consumer.${groupId}` },
    });

    const moduleRef = await Test.createTestingModule({ imports: [MessagingHealthModule.forPublishers([], breakers)] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    const health = await fetch(`${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/health`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { error: { breakers: { breakers: { name: string; state: string }[] } } };
    expect(body.error.breakers.breakers).toContainEqual(expect.objectContaining({ name: `kafka.consumer.${groupId}`, state: 'open' }));
    await app.close();
    await bus.close();
  }, 60_000);
});
