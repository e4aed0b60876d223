import { PaymentReceiptController } from './http/payment-receipt.controller';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventStore } from '@kongthun/event-sourcing';
import { CaseCommandHandler } from './cases/case-command-handler';
import { FindingListProjection } from './findings/finding-list-projection';
import { OwnEventsLedgerCopy } from './findings/own-events-ledger-copy';
import { FindingsController } from './http/findings.controller';
import { LedgerController } from './http/ledger.controller';
import { UnitReplayController } from './http/unit-replay.controller';
import { VillageHouseholdsController } from './http/village-households.controller';
import { WitnessesController } from './http/witnesses.controller';
import { AuditJobs } from './ledger/audit-jobs';
import { AuditOptions } from './ledger/audit-options';
import { AUDIT_EVENT_STORE, AUDIT_LEDGER, AUDIT_MONEY_LOG, AUDIT_OPTIONS } from './ledger/audit-tokens';
import { AuditScope } from './scope/audit-scope';

export interface AuditModuleOptions extends AuditOptions {
  /** The audit service's Merkle ledger: its own copy of every event, fed from the bus only; its database also keeps the money log. */
  ledger: AuditLedgerStore;
  /** The audit service's own event store: findings raised and cases, each step an event. */
  store: EventStore;
}

/** The anti-corruption audit service: ledger, money log, proofs, replay, red flags, findings and cases. */
@Module({})
export class AuditModule {
  static register({ ledger, store, ...options }: AuditModuleOptions): DynamicModule {
    return {
      module: AuditModule,
      controllers: [
        LedgerController,
        FindingsController,
        UnitReplayController,
        WitnessesController,
        PaymentReceiptController,
        VillageHouseholdsController,
      ],
      providers: [
        { provide: AUDIT_LEDGER, useValue: ledger },
        { provide: AUDIT_EVENT_STORE, useValue: store },
        { provide: AUDIT_OPTIONS, useValue: options },
        {
          provide: OwnEventsLedgerCopy,
          useFactory: (s: EventStore, l: AuditLedgerStore) => new OwnEventsLedgerCopy(s, l),
          inject: [AUDIT_EVENT_STORE, AUDIT_LEDGER],
        },
        { provide: AUDIT_MONEY_LOG, useFactory: (ledger: AuditLedgerStore) => ledger.moneyLog(), inject: [AUDIT_LEDGER] },
        AuditScope,
        AuditJobs,
        CaseCommandHandler,
        FindingListProjection,
      ],
      exports: [AuditJobs],
    };
  }
}
