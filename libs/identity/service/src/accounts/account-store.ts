/**
 * What a user's stream must not hold: the argon2 hash of their password and the name shown on
 * screen. Overwritten on change and erasable, unlike events; the stream records that they changed.
 */
export interface Account {
  userId: string;
  displayName: string;
  passwordHash: string | null;
}

export interface AccountStore {
  read(userId: string): Promise<Account | undefined>;
  /** Creates the account if needed; keeps the password hash. */
  saveDisplayName(userId: string, displayName: string): Promise<void>;
  savePasswordHash(userId: string, passwordHash: string): Promise<void>;
  close?(): Promise<void>;
}

export class InMemoryAccountStore implements AccountStore {
  private readonly accounts = new Map<string, Account>();

  async read(userId: string): Promise<Account | undefined> {
    const account = this.accounts.get(userId);
    return account && { ...account };
  }

  async saveDisplayName(userId: string, displayName: string): Promise<void> {
    this.accounts.set(userId, { userId, passwordHash: null, ...this.accounts.get(userId), displayName });
  }

  async savePasswordHash(userId: string, passwordHash: string): Promise<void> {
    this.accounts.set(userId, { userId, displayName: userId, ...this.accounts.get(userId), passwordHash });
  }
}
