import { DynamicModule, Module } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { AccountStore } from './accounts/account-store';
import { FundCommitteeProcess } from './committee/fund-committee-process';
import { FundCommitteeUsers } from './committee/fund-committee-users';
import { AuthController } from './http/auth.controller';
import { UsersController } from './http/users.controller';
import { ACCOUNT_STORE, REFRESH_TOKEN_STORE, SESSION_OPTIONS } from './identity-tokens';
import { RefreshTokenStore } from './sessions/refresh-token-store';
import { DEFAULT_SESSION_OPTIONS, SessionOptions } from './sessions/session-options';
import { Sessions } from './sessions/sessions';
import { UserAdministration } from './users/user-administration';
import { IDENTITY_CLOCK, IDENTITY_EVENT_STORE, UserCommandHandler } from './users/user-command-handler';
import { UserDirectory } from './users/user-directory';

export interface IdentityModuleOptions {
  /**
   * Identity's own event store, where the user streams live: apart from the programmes' store, as
   * a service owns its streams (in the distributed topology, apps/identity on its own database).
   */
  store: EventStore;
  /**
   * Where welfare's fund events are, for the committee process to follow. Absent in the distributed
   * identity service, which feeds `FundCommitteeProcess` from Kafka (`consumeFundCommittees`).
   */
  fundEvents?: EventStore;
  accounts: AccountStore;
  refreshTokens: RefreshTokenStore;
  sessions?: SessionOptions;
  clock?: () => Date;
}

/** Users, password logins and sessions; needs `AuthModule` (the token issuer) in the same application. */
@Module({})
export class IdentityModule {
  static register(options: IdentityModuleOptions): DynamicModule {
    const { fundEvents } = options;
    return {
      module: IdentityModule,
      controllers: [AuthController, UsersController],
      providers: [
        { provide: IDENTITY_EVENT_STORE, useValue: options.store },
        { provide: ACCOUNT_STORE, useValue: options.accounts },
        { provide: REFRESH_TOKEN_STORE, useValue: options.refreshTokens },
        { provide: SESSION_OPTIONS, useValue: options.sessions ?? DEFAULT_SESSION_OPTIONS },
        ...(options.clock ? [{ provide: IDENTITY_CLOCK, useValue: options.clock }] : []),
        UserCommandHandler,
        UserAdministration,
        Sessions,
        { provide: UserDirectory, useFactory: () => new UserDirectory(options.store) },
        {
          provide: FundCommitteeProcess,
          useFactory: (administration: UserAdministration) => new FundCommitteeProcess(administration),
          inject: [UserAdministration],
        },
        ...(fundEvents
          ? [
              {
                provide: FundCommitteeUsers,
                useFactory: (process: FundCommitteeProcess) => new FundCommitteeUsers(fundEvents, process),
                inject: [FundCommitteeProcess],
              },
            ]
          : []),
      ],
      exports: [
        Sessions,
        UserAdministration,
        UserDirectory,
        FundCommitteeProcess,
        UserCommandHandler,
        ...(fundEvents ? [FundCommitteeUsers] : []),
      ],
    };
  }
}
