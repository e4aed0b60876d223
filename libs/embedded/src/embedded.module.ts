import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventStore } from '@kongthun/event-sourcing';
import { AuthModule, RefusalExceptionFilter } from '@kongthun/http';
import { EventLogPublisher, MessagingHealthModule } from '@kongthun/messaging';
import { WelfareModule } from '@kongthun/welfare-service';

export interface EmbeddedModuleOptions {
  store: EventStore;
  publishers: EventLogPublisher[];
  jwtSecret: string;
  citizenIdKey: string;
}

/** Every service module built so far, in one process, on one embedded event store. */
@Module({})
export class EmbeddedModule {
  static register(options: EmbeddedModuleOptions): DynamicModule {
    return {
      module: EmbeddedModule,
      imports: [
        AuthModule.forRoot({ secret: options.jwtSecret }),
        MessagingHealthModule.forPublishers(options.publishers),
        WelfareModule.register({ store: options.store, citizenIdKey: options.citizenIdKey }),
      ],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    };
  }
}
