import { DynamicModule, Module } from '@nestjs/common';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventStore } from '@kongthun/event-sourcing';
import { CaseCommandHandler } from './cases/case-command-handler';
import { FindingListProjection } from './findings/finding-list-projection';
import { FindingsController } from './http/findings.controller';
import { LedgerController } from './http/ledger.controller';
import { WitnessesController } from './http/witnesses.controller';
import { AuditJobs } from './ledger/audit-jobs';
import { AuditOptions } from './ledger/audit-options';
import { AUDIT_EVENT_STORE, AUDIT_LEDGER, AUDIT_OPTIONS } from './ledger/audit-tokens';

export interface AuditModuleOptions extends AuditOptions {
  /** The audit service's Merkle ledger: its own copy of every event, fed from the bus only. */
  ledger: AuditLedgerStore;
  /** The audit service's own event store: findings raised and cases, each step an event. */
  store: EventStore;
}

/** The anti-corruption audit service: ledger, proofs, replay, red flags, findings and cases. */
@Module({})
export class AuditModule {
  static register({ ledger, store, ...options }: AuditModuleOptions): DynamicModule {
    return {
      module: AuditModule,
      controllers: [LedgerController, FindingsController, WitnessesController],
      providers: [
        { provide: AUDIT_LEDGER, useValue: ledger },
        { provide: AUDIT_EVENT_STORE, useValue: store },
        { provide: AUDIT_OPTIONS, useValue: options },
        AuditJobs,
        CaseCommandHandler,
        FindingListProjection,
      ],
      exports: [AuditJobs],
    };
  }
}
