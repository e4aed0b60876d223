import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Breakers } from '@kongthun/breakers';
import { BREAKERS, BreakersHealthIndicator } from './breakers-health.indicator';
import { EventLogPublisher } from '../publisher/event-log-publisher';
import { HealthController } from './health.controller';
import { PUBLISHERS, PublisherHealthIndicator } from './publisher-health.indicator';

/** `GET /health`: publishers running, their breakers and every other breaker of the process (503 while one is open). */
@Module({})
export class MessagingHealthModule {
  static forPublishers(publishers: EventLogPublisher[], breakers: Breakers = new Breakers()): DynamicModule {
    return {
      module: MessagingHealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        { provide: PUBLISHERS, useValue: publishers },
        { provide: BREAKERS, useValue: breakers },
        PublisherHealthIndicator,
        BreakersHealthIndicator,
      ],
    };
  }
}
