import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { InMemoryReadModelStore, ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { FundListsController } from './http/fund-lists.controller';
import { FundQueriesController, WELFARE_READ_MODEL_FRESHNESS } from './http/fund-queries.controller';
import { EventLogFollowing } from './projections/event-log-following';
import { FundProjection } from './projections/fund-projection';
import { FundListReader } from './projections/fund-list-reader';
import { FundViewReader } from './projections/fund-view-reader';

export interface WelfareQueriesModuleOptions {
  /** Where the fund views are read: kept by a projection fed from the log or from Kafka. */
  readModels: ReadModelStore;
  /** Lets reads wait for earlier writes (embedded); without it reads are eventually consistent. */
  freshness?: ReadModelFreshness;
}

/** The welfare-fund views over HTTP: fund and member lists, overview, member statement, claims queue, 3-party report. */
@Module({})
export class WelfareQueriesModule {
  /** Views over read models that the host keeps up to date (distributed: a Kafka consumer into MongoDB). */
  static register(options: WelfareQueriesModuleOptions): DynamicModule {
    return {
      module: WelfareQueriesModule,
      controllers: [FundListsController, FundQueriesController],
      providers: [
        { provide: FundViewReader, useValue: new FundViewReader(options.readModels) },
        { provide: FundListReader, useValue: new FundListReader(options.readModels) },
        ...(options.freshness ? [{ provide: WELFARE_READ_MODEL_FRESHNESS, useValue: options.freshness }] : []),
      ],
      // The lapse job walks the fund list.
      exports: [FundListReader],
    };
  }

  /**
   * Embedded: views in memory, rebuilt from the event log at every start and kept up by following
   * it; a read waits until the views include the writes made before it (read your own writes).
   */
  static followingEventLog(store: EventStore): DynamicModule {
    const readModels = new InMemoryReadModelStore();
    const following = new EventLogFollowing(store, new FundProjection(readModels));
    const module = WelfareQueriesModule.register({ readModels, freshness: following.follower });
    return { ...module, providers: [...(module.providers ?? []), { provide: EventLogFollowing, useValue: following }] };
  }
}
