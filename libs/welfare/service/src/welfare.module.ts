import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { FundCommandHandler, WELFARE_EVENT_STORE } from './commands/fund-command-handler';
import { CITIZEN_ID_KEY, FundCommandsController } from './http/fund-commands.controller';
import { FundQueriesController } from './http/fund-queries.controller';

export interface WelfareModuleOptions {
  store: EventStore;
  /** HMAC key for citizen IDs (at least 16 bytes); kept outside the event log. */
  citizenIdKey: string;
}

/** The welfare-fund service: HTTP commands and views over the fund streams of one event store. */
@Module({})
export class WelfareModule {
  static register(options: WelfareModuleOptions): DynamicModule {
    return {
      module: WelfareModule,
      controllers: [FundCommandsController, FundQueriesController],
      providers: [{ provide: WELFARE_EVENT_STORE, useValue: options.store }, { provide: CITIZEN_ID_KEY, useValue: options.citizenIdKey }, FundCommandHandler],
      exports: [FundCommandHandler],
    };
  }
}
