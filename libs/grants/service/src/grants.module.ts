import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { IDEMPOTENCY_STORE, IdempotencyStore } from '@kongthun/http';
import { EventLogFollower, InMemoryReadModelStore, ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { GRANTS_CLOCK, GRANTS_EVENT_STORE, GrantsCommandHandler } from './commands/grants-command-handler';
import { GRANTS_READ_MODEL_FRESHNESS, GRANTS_READ_MODELS, GrantsViewsController } from './http/grants-views.controller';
import { ContactVault } from './contacts/contact-vault';
import { IatiExportController } from './http/iati-export.controller';
import { OrganisationContactsController } from './http/organisation-contacts.controller';
import { GRANTS_CONTACTS, GRANTS_HASH_KEY, ProgrammesController } from './http/programmes.controller';
import { OrganisationsViewsController } from './http/organisations-views.controller';
import { ProjectsController } from './http/projects.controller';
import { ReportsDueController } from './http/reports-due.controller';
import { GrantsViewProjection } from './views/grants-events-consumer';
import { grantsViewProjections } from './views/grants-view-projections';

export interface GrantsModuleOptions {
  store: EventStore;
  /** The key every programme hashes citizen IDs, accounts and receipts with (kept outside the log). */
  hashKey: string;
  idempotency: IdempotencyStore;
  /** Organisations' contact persons, encrypted (the host registers the PDPA access log). */
  contacts: ContactVault;
  readModels: ReadModelStore;
  /** Embedded: the event-log follower, so a GET sees the POST before it. */
  freshness?: ReadModelFreshness;
  clock?: () => Date;
}

/** Follows the event log in this process and keeps the grants views in memory (the embedded host). */
class GrantsViewsFollowing {
  readonly follower: EventLogFollower;
  constructor(store: EventStore, projections: readonly GrantsViewProjection[]) {
    this.follower = new EventLogFollower(store, {
      handle: async (event) => {
        for (const projection of projections) await projection.project(event);
      },
      onError: (error) => console.error(`grants views: ${error instanceof Error ? error.message : String(error)}`),
    });
  }
  onModuleInit() {
    return this.follower.start();
  }
  onModuleDestroy() {
    return this.follower.stop();
  }
}

/** The project grants service: programmes, budgets, organisations, projects, and their views. */
@Module({})
export class GrantsModule {
  static register(options: GrantsModuleOptions): DynamicModule {
    return {
      module: GrantsModule,
      controllers: [
        ProgrammesController,
        ProjectsController,
        GrantsViewsController,
        ReportsDueController,
        OrganisationsViewsController,
        OrganisationContactsController,
        IatiExportController,
      ],
      providers: [
        { provide: GRANTS_EVENT_STORE, useValue: options.store },
        { provide: GRANTS_HASH_KEY, useValue: options.hashKey },
        { provide: GRANTS_CONTACTS, useValue: options.contacts },
        { provide: IDEMPOTENCY_STORE, useValue: options.idempotency },
        { provide: GRANTS_READ_MODELS, useValue: options.readModels },
        ...(options.freshness ? [{ provide: GRANTS_READ_MODEL_FRESHNESS, useValue: options.freshness }] : []),
        ...(options.clock ? [{ provide: GRANTS_CLOCK, useValue: options.clock }] : []),
        GrantsCommandHandler,
      ],
      exports: [GrantsCommandHandler],
    };
  }

  /** Embedded: views in memory, rebuilt from the log at start and followed live. */
  static followingEventLog(options: Omit<GrantsModuleOptions, 'readModels' | 'freshness'>): DynamicModule {
    const readModels = new InMemoryReadModelStore();
    const following = new GrantsViewsFollowing(options.store, grantsViewProjections(readModels));
    const module = GrantsModule.register({ ...options, readModels, freshness: following.follower });
    return { ...module, providers: [...(module.providers ?? []), { provide: GrantsViewsFollowing, useValue: following }] };
  }
}
