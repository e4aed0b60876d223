import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { isUserEventType, UserScope } from '@kongthun/identity-domain';
import { EventLogFollower } from '@kongthun/read-models';

export interface DirectoryEntry {
  userId: string;
  role: string;
  scope: UserScope;
  status: 'Active' | 'Disabled';
  mustChangePassword: boolean;
  hasPassword: boolean;
}

/**
 * The list of users, by user id (the login name), for administrators: a view kept in memory from the
 * event log, rebuilt at start like the fund views. Logins do not read it: they fold the user's own
 * small stream, so a user disabled a moment ago cannot log in while the view catches up.
 */
export class UserDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('UserDirectory');
  private readonly users = new Map<string, DirectoryEntry>();
  readonly follower: EventLogFollower;

  constructor(store: EventStore) {
    this.follower = new EventLogFollower(store, {
      handle: async (event) => this.apply(event),
      onError: (error) => this.logger.error(`following the event log failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
  }

  /** Idempotent: a replayed event sets the same fields again. */
  apply(event: RecordedEvent): void {
    if (!isUserEventType(event.type)) return;
    const data = event.data as { userId: string; role?: string; scope?: UserScope; mustChange?: boolean };
    const user = this.users.get(data.userId);
    if (event.type === 'identity.user.created') {
      this.users.set(data.userId, {
        userId: data.userId,
        role: String(data.role),
        scope: data.scope ?? {},
        status: 'Active',
        mustChangePassword: false,
        hasPassword: false,
      });
      return;
    }
    if (!user) return;
    if (event.type === 'identity.user.disabled') user.status = 'Disabled';
    if (event.type === 'identity.user.enabled') user.status = 'Active';
    if (event.type === 'identity.user.access-changed') Object.assign(user, { role: data.role, scope: data.scope });
    if (event.type === 'identity.user.password-changed')
      Object.assign(user, { hasPassword: true, mustChangePassword: data.mustChange === true });
  }

  /** Users after `after` in user-id order, at most `limit`; the cursor is the last id returned. */
  async list(after: string | undefined, limit: number): Promise<{ users: DirectoryEntry[]; nextCursor: string | null }> {
    await this.follower.settled();
    const ids = [...this.users.keys()].filter((id) => after === undefined || id > after).sort();
    const page = ids.slice(0, limit).map((id) => ({ ...this.users.get(id)! }));
    return { users: page, nextCursor: ids.length > limit ? page[page.length - 1].userId : null };
  }

  async get(userId: string): Promise<DirectoryEntry | undefined> {
    await this.follower.settled();
    const user = this.users.get(userId);
    return user && { ...user };
  }

  onModuleInit(): Promise<void> {
    return this.follower.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.follower.stop();
  }
}
