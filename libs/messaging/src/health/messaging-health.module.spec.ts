import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { testEvents } from '@kongthun/event-sourcing/testing';
import { InMemoryCheckpointStore } from '../publisher/checkpoint-store';
import { EventLogPublisher } from '../publisher/event-log-publisher';
import { RecordingBus } from '../publisher/recording-bus';
import { MessagingHealthModule } from './messaging-health.module';
import { PublisherStatus } from '../publisher/event-log-publisher';

type HealthBody = Record<'info' | 'error', { publishers: { publishers: PublisherStatus[] } }>;

describe('GET /health', () => {
  let app: INestApplication;
  let bus: RecordingBus;
  let publisher: EventLogPublisher;
  let url: string;

  beforeEach(async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('fund-1', testEvents(1), 'no-stream');
    bus = new RecordingBus();
    bus.failuresLeft = 1_000;
    publisher = new EventLogPublisher(store, bus, new InMemoryCheckpointStore(), {
      name: 'welfare',
      source: '/t',
      retryDelayMs: 5,
      breaker: { resetTimeout: 300, volumeThreshold: 3 },
    });
    const moduleRef = await Test.createTestingModule({ imports: [MessagingHealthModule.forPublishers([publisher])] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/health`.replace('[::1]', '127.0.0.1');
    await publisher.start();
  });

  afterEach(async () => {
    await publisher.stop();
    await app.close();
  });

  it('reports 503 with the open breaker while the bus is down, and 200 once it is back', async () => {
    for (let i = 0; i < 200 && publisher.status().breaker.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 10));
    const down = await fetch(url);
    expect(down.status).toBe(503);
    expect(((await down.json()) as HealthBody).error.publishers.publishers[0].breaker).toMatchObject({
      name: 'welfare.bus',
      state: 'open',
    });

    bus.failuresLeft = 0;
    for (let i = 0; i < 200 && bus.acknowledged.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const up = await fetch(url);
    expect(up.status).toBe(200);
    expect(((await up.json()) as HealthBody).info.publishers.publishers[0]).toMatchObject({
      running: true,
      published: 1,
      breaker: { state: 'closed' },
    });
  });
});
