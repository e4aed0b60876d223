import { Inject, Injectable } from '@nestjs/common';
import { RecordedEvent } from '@kongthun/event-sourcing';
import { Role, ROLES } from '@kongthun/http';
import { assertPasswordPolicy, UserScope } from '@kongthun/identity-domain';
import { DomainError } from '@kongthun/kernel';
import { ACCOUNT_STORE } from '../identity-tokens';
import { AccountStore } from '../accounts/account-store';
import { hashPassword } from '../accounts/password-hasher';
import { UserCommandHandler } from './user-command-handler';

export interface NewUser {
  userId: string;
  role: string;
  scope: UserScope;
  displayName?: string;
  /** A first password, temporary unless said otherwise. */
  password?: string;
  temporary?: boolean;
}

/** A user, or the host itself for its own processes (`IDENTITY_PROCESS_ACTOR`). */
type Acting = { userId: string; role: string };

const assertKnownRole = (role: string): void => {
  if (!ROLES.includes(role as Role))
    throw new DomainError('identity.role-unknown', `Unknown role ${role}; known: ${ROLES.join(', ')}`, { messageTh: 'ไม่รู้จักบทบาทนี้' });
};

/**
 * What an administrator does to users. The password's hash is computed before the event is
 * appended and saved after it: a refused command stores nothing, and a hash is never kept for a
 * change the stream does not record.
 */
@Injectable()
export class UserAdministration {
  constructor(
    private readonly users: UserCommandHandler,
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
  ) {}

  async create(actor: Acting, user: NewUser, causationId: string | null = null): Promise<RecordedEvent[]> {
    assertKnownRole(user.role);
    if (user.password !== undefined) assertPasswordPolicy(user.password);
    const hash = user.password === undefined ? undefined : await hashPassword(user.password);
    const events = await this.users.execute(
      actor,
      { type: 'CreateUser', data: { userId: user.userId, role: user.role, scope: user.scope } },
      causationId,
    );
    await this.accounts.saveDisplayName(user.userId, user.displayName ?? user.userId);
    if (hash === undefined) return events;
    return [...events, ...(await this.savePassword(actor, user.userId, hash, user.temporary ?? true))];
  }

  async setPassword(actor: Acting, userId: string, password: string, temporary: boolean): Promise<RecordedEvent[]> {
    assertPasswordPolicy(password);
    return this.savePassword(actor, userId, await hashPassword(password), temporary);
  }

  changeAccess(actor: Acting, userId: string, role: string, scope: UserScope): Promise<RecordedEvent[]> {
    assertKnownRole(role);
    return this.users.execute(actor, { type: 'ChangeAccess', data: { userId, role, scope } });
  }

  disable(actor: Acting, userId: string, reason: string): Promise<RecordedEvent[]> {
    return this.users.execute(actor, { type: 'DisableUser', data: { userId, reason } });
  }

  enable(actor: Acting, userId: string): Promise<RecordedEvent[]> {
    return this.users.execute(actor, { type: 'EnableUser', data: { userId } });
  }

  private async savePassword(actor: Acting, userId: string, hash: string, temporary: boolean) {
    const events = await this.users.execute(actor, { type: 'SetPassword', data: { userId, temporary } });
    await this.accounts.savePasswordHash(userId, hash);
    return events;
  }
}
