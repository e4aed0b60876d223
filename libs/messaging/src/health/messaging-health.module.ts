import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventLogPublisher } from '../publisher/event-log-publisher';
import { HealthController } from './health.controller';
import { PUBLISHERS, PublisherHealthIndicator } from './publisher-health.indicator';

/** `GET /health`: publishers running and their breakers' state (503 while one is open). */
@Module({})
export class MessagingHealthModule {
  static forPublishers(publishers: EventLogPublisher[]): DynamicModule {
    return {
      module: MessagingHealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: PUBLISHERS, useValue: publishers }, PublisherHealthIndicator],
    };
  }
}
