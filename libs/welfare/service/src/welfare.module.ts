import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { FundCommandHandler, WELFARE_EVENT_STORE } from './commands/fund-command-handler';
import { CITIZEN_ID_KEY, FundCommandsController } from './http/fund-commands.controller';
import { IDEMPOTENCY_STORE, IdempotencyStore } from '@kongthun/http';
import { FundCommitteeController } from './http/fund-committee.controller';
import { MemberPersonalDataController } from './http/member-personal-data.controller';
import { PersonalDataAccessesController } from './http/personal-data-accesses.controller';
import { MemberStandingController } from './http/member-standing.controller';
import { RecordReversalsController } from './http/record-reversals.controller';
import { MasterKey } from '@kongthun/kernel';
import { PayoutRecordsController } from './http/payout-records.controller';
import { MemberPersonalData } from './personal-data/member-personal-data';
import { PersonalDataStore } from './personal-data/personal-data-store';
import { PersonalDataVault } from './personal-data/personal-data-vault';

export interface WelfareModuleOptions {
  store: EventStore;
  /** HMAC key for citizen IDs (at least 16 bytes); kept outside the event log. */
  citizenIdKey: string;
  /** Outcomes of money POSTs sent with an `Idempotency-Key` (SqlIdempotencyStore, or in memory in tests). */
  idempotency: IdempotencyStore;
  /** Members' encrypted personal data and wrapped data keys (SqlPersonalDataStore). */
  personalData: PersonalDataStore;
  /** Master key (at least 32 bytes) wrapping each member's data key; kept outside the database. */
  personalDataKey: string;
}

/** The welfare-fund service: HTTP commands and views over the fund streams of one event store. */
@Module({})
export class WelfareModule {
  static register(options: WelfareModuleOptions): DynamicModule {
    return {
      module: WelfareModule,
      controllers: [
        FundCommandsController,
        MemberPersonalDataController,
        FundCommitteeController,
        MemberStandingController,
        RecordReversalsController,
        PersonalDataAccessesController,
        PayoutRecordsController,
      ],
      providers: [
        { provide: WELFARE_EVENT_STORE, useValue: options.store },
        { provide: CITIZEN_ID_KEY, useValue: options.citizenIdKey },
        FundCommandHandler,
        { provide: IDEMPOTENCY_STORE, useValue: options.idempotency },
        {
          provide: PersonalDataVault,
          useValue: new PersonalDataVault(options.personalData, MasterKey.fromSecret(options.personalDataKey)),
        },
        MemberPersonalData,
      ],
      exports: [FundCommandHandler],
    };
  }
}
