import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuthenticatedActor, RefusalException, Role, ROLES, TokenIssuer } from '@kongthun/http';
import { assertPasswordPolicy, ExistingUser } from '@kongthun/identity-domain';
import { ACCOUNT_STORE, REFRESH_TOKEN_STORE, SESSION_OPTIONS } from '../identity-tokens';
import { AccountStore } from '../accounts/account-store';
import { decoyHash, hashPassword, verifyPassword } from '../accounts/password-hasher';
import { UserCommandHandler } from '../users/user-command-handler';
import { LoginAttempts } from './login-attempts';
import { RefreshTokenStore } from './refresh-token-store';
import { SessionOptions } from './session-options';

/** What `POST /api/auth/login` and `/refresh` answer. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  user: { userId: string; role: Role; scope: AuthenticatedActor['scope']; displayName: string; mustChangePassword: boolean };
}

const invalidCredentials = () => new RefusalException('auth.invalid-credentials', 'Wrong user name or password', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
const invalidRefresh = () =>
  new RefusalException('auth.invalid-refresh-token', 'The refresh token is invalid, used or revoked; log in again', 'กรุณาเข้าสู่ระบบใหม่');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Password logins, refresh-token rotation, logout and a user's own password change. */
@Injectable()
export class Sessions {
  private readonly attempts: LoginAttempts;

  constructor(
    private readonly users: UserCommandHandler,
    private readonly tokens: TokenIssuer,
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
    @Inject(REFRESH_TOKEN_STORE) private readonly refreshTokens: RefreshTokenStore,
    @Inject(SESSION_OPTIONS) private readonly options: SessionOptions,
  ) {
    this.attempts = new LoginAttempts(options.backoff);
  }

  /** Unknown user, disabled user, no password yet or a wrong one: the same 401, after the same argon2 work. */
  async login(username: string, password: string): Promise<Session> {
    const now = this.users.now();
    this.attempts.assertAllowed(username, now);
    const user = await this.activeUser(username);
    const account = user ? await this.accounts.read(user.userId) : undefined;
    const matches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!user || !account?.passwordHash || !matches) {
      this.attempts.failed(username, now);
      throw invalidCredentials();
    }
    this.attempts.succeeded(username);
    return this.open(user, account.displayName, randomUUID());
  }

  /** A new pair for a live, unused refresh token of an active user; the old one is used up. */
  async refresh(refreshToken: string): Promise<Session> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret) throw invalidRefresh();
    const consumed = await this.refreshTokens.consume(id, sha256(secret), this.users.now());
    if (consumed.outcome !== 'ok') throw invalidRefresh();
    const user = await this.activeUser(consumed.userId);
    if (!user) {
      await this.refreshTokens.revokeFamily(consumed.familyId, this.users.now());
      throw invalidRefresh();
    }
    const account = await this.accounts.read(user.userId);
    return this.open(user, account?.displayName ?? user.userId, consumed.familyId);
  }

  /** Ends the session the refresh token belongs to; an unknown token changes nothing and is not an error. */
  async logout(refreshToken: string): Promise<void> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret) return;
    const consumed = await this.refreshTokens.consume(id, sha256(secret), this.users.now());
    if (consumed.outcome === 'ok') await this.refreshTokens.revokeFamily(consumed.familyId, this.users.now());
  }

  /** The logged-in user's own change: the current password proves it is them, not a borrowed token alone. */
  async changeOwnPassword(actor: AuthenticatedActor, currentPassword: string, newPassword: string): Promise<void> {
    const now = this.users.now();
    this.attempts.assertAllowed(actor.userId, now);
    const account = await this.accounts.read(actor.userId);
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
      this.attempts.failed(actor.userId, now);
      throw invalidCredentials();
    }
    assertPasswordPolicy(newPassword);
    const hash = await hashPassword(newPassword);
    await this.users.execute(actor, { type: 'ChangeOwnPassword', data: { userId: actor.userId } });
    await this.accounts.savePasswordHash(actor.userId, hash);
  }

  private async activeUser(userId: string): Promise<ExistingUser | undefined> {
    const state = await this.users.state(userId);
    return state.status === 'Active' && ROLES.includes(state.role as Role) ? state : undefined;
  }

  private async open(user: ExistingUser, displayName: string, familyId: string): Promise<Session> {
    const now = this.users.now();
    const actor: AuthenticatedActor = { userId: user.userId, role: user.role as Role, scope: user.scope };
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.refreshTokens.save({
      id,
      userId: user.userId,
      familyId,
      secretHash: sha256(secret),
      expiresAt: new Date(now.getTime() + this.options.refreshTokenDays * 86_400_000).toISOString(),
    });
    return {
      accessToken: await this.tokens.issue(actor, `${this.options.accessTokenMinutes}m`),
      refreshToken: `${id}.${secret}`,
      expiresIn: Math.round(this.options.accessTokenMinutes * 60),
      user: { ...actor, displayName, mustChangePassword: user.mustChangePassword },
    };
  }
}
