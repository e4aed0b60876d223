import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { PAYEE_DIRECTORY, PayeeDirectory } from './bank-files/payee-directory';
import { RELIEF_EVENT_STORE, RELIEF_HASH_KEY } from './commands/relief-clock';
import { RELIEF_CONFIG, ReliefConfig, reliefConfigFromEnv } from './commands/relief-config';
import { ReliefDeclarations } from './commands/relief-declarations';
import { ReliefHouseholds } from './commands/relief-households';
import { ReliefImports } from './commands/relief-imports';
import { ReliefRuns } from './commands/relief-runs';
import { DeclarationsController } from './http/declarations.controller';
import { RunsController } from './http/runs.controller';
import { ReliefViews } from './views/relief-views';

export interface ReliefModuleOptions {
  store: EventStore;
  /** The HMAC key every programme hashes citizen IDs and accounts with (the welfare `citizenIdKey`). */
  hashKey: string;
  /** Clear accounts for bank files, encrypted (SqlPayeeDirectory), or in memory in tests. */
  payees: PayeeDirectory;
  /** Rate tables and approval tiers; read from the files when absent. */
  config?: ReliefConfig;
}

/** The disaster-relief service: REST under /api/relief over its own streams of one event store. */
@Module({})
export class ReliefModule {
  static register(options: ReliefModuleOptions): DynamicModule {
    return {
      module: ReliefModule,
      controllers: [DeclarationsController, RunsController],
      providers: [
        { provide: RELIEF_EVENT_STORE, useValue: options.store },
        { provide: RELIEF_HASH_KEY, useValue: options.hashKey },
        { provide: PAYEE_DIRECTORY, useValue: options.payees },
        { provide: RELIEF_CONFIG, useValue: options.config ?? reliefConfigFromEnv() },
        ReliefDeclarations,
        ReliefHouseholds,
        ReliefRuns,
        ReliefImports,
        ReliefViews,
      ],
      exports: [ReliefDeclarations, ReliefHouseholds, ReliefRuns, ReliefImports, ReliefViews],
    };
  }
}
