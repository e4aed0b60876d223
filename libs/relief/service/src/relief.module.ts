import { DynamicModule, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { EventLogFollower, InMemoryReadModelStore, ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { PAYEE_DIRECTORY, PayeeDirectory } from './bank-files/payee-directory';
import { RELIEF_EVENT_STORE, RELIEF_HASH_KEY } from './commands/relief-clock';
import { HouseholdPersonalDataController } from './http/household-personal-data.controller';
import { HOUSEHOLD_VAULT, HouseholdVault } from './personal-data/household-vault';
import { RELIEF_CONFIG, ReliefConfig, reliefConfigFromEnv } from './commands/relief-config';
import { ReliefDeclarations } from './commands/relief-declarations';
import { ReliefHouseholds } from './commands/relief-households';
import { ReliefImports } from './commands/relief-imports';
import { ReliefRuns } from './commands/relief-runs';
import { DeclarationsController } from './http/declarations.controller';
import { RunsController } from './http/runs.controller';
import { ReliefProjection } from './views/relief-projection';
import { ReliefLists } from './views/relief-lists';
import { RELIEF_READ_MODEL_FRESHNESS, RELIEF_READ_MODELS, ReliefViews } from './views/relief-views';

export interface ReliefModuleOptions {
  store: EventStore;
  /** The HMAC key every programme hashes citizen IDs and accounts with (the welfare `citizenIdKey`). */
  hashKey: string;
  /** Clear accounts for bank files, encrypted (SqlPayeeDirectory), or in memory in tests. */
  payees: PayeeDirectory;
  /** Heads' and members' names, citizen IDs and phones, encrypted per household (SqlHouseholdPersonalDataStore). */
  households: HouseholdVault;
  /** Rate tables and approval tiers; read from the files when absent. */
  config?: ReliefConfig;
  /** The views' documents: MongoDB in apps/disaster-relief, kept by a consumer of the relief topic. */
  readModels: ReadModelStore;
  /** Embedded: the event-log follower, so a GET sees the POST before it. */
  freshness?: ReadModelFreshness;
}

/** Follows the event log in this process and keeps the relief views (the embedded host). */
class ReliefViewsFollowing implements OnModuleInit, OnModuleDestroy {
  readonly follower: EventLogFollower;
  constructor(store: EventStore, projection: ReliefProjection) {
    this.follower = new EventLogFollower(store, {
      handle: async (event) => void (await projection.project(event)),
      onError: (error) => console.error(`relief views: ${error instanceof Error ? error.message : String(error)}`),
    });
  }
  onModuleInit() {
    return this.follower.start();
  }
  onModuleDestroy() {
    return this.follower.stop();
  }
}

/** The disaster-relief service: REST under /api/relief over its own streams of one event store. */
@Module({})
export class ReliefModule {
  static register(options: ReliefModuleOptions): DynamicModule {
    return {
      module: ReliefModule,
      controllers: [DeclarationsController, RunsController, HouseholdPersonalDataController],
      providers: [
        { provide: RELIEF_EVENT_STORE, useValue: options.store },
        { provide: RELIEF_HASH_KEY, useValue: options.hashKey },
        { provide: PAYEE_DIRECTORY, useValue: options.payees },
        { provide: HOUSEHOLD_VAULT, useValue: options.households },
        { provide: RELIEF_CONFIG, useValue: options.config ?? reliefConfigFromEnv() },
        { provide: RELIEF_READ_MODELS, useValue: options.readModels },
        ...(options.freshness ? [{ provide: RELIEF_READ_MODEL_FRESHNESS, useValue: options.freshness }] : []),
        ReliefDeclarations,
        ReliefHouseholds,
        ReliefRuns,
        ReliefImports,
        ReliefViews,
        ReliefLists,
      ],
      exports: [HOUSEHOLD_VAULT, ReliefDeclarations, ReliefHouseholds, ReliefRuns, ReliefImports, ReliefViews, ReliefLists],
    };
  }

  /** Embedded: views in memory (or in `readModels`), rebuilt from the log at start and followed live. */
  static followingEventLog(
    options: Omit<ReliefModuleOptions, 'readModels' | 'freshness'> & { readModels?: ReadModelStore },
  ): DynamicModule {
    const readModels = options.readModels ?? new InMemoryReadModelStore();
    const following = new ReliefViewsFollowing(options.store, new ReliefProjection(readModels));
    const module = ReliefModule.register({ ...options, readModels, freshness: following.follower });
    return { ...module, providers: [...(module.providers ?? []), { provide: ReliefViewsFollowing, useValue: following }] };
  }
}
