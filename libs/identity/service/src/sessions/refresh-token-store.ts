/**
 * Refresh tokens are opaque (`<id>.<secret>`); only a SHA-256 of the secret is kept. Each login
 * starts a family; each refresh uses one token up and issues the next in the family. A token used
 * twice means a copy is in someone else's hands, so the whole family is revoked (RFC 6819 §5.2.2.3).
 */
export interface RefreshTokenRecord {
  id: string;
  userId: string;
  familyId: string;
  secretHash: string;
  expiresAt: string;
}

export type Consumed = { outcome: 'ok'; userId: string; familyId: string } | { outcome: 'invalid' | 'reused' };

export interface RefreshTokenStore {
  save(record: RefreshTokenRecord): Promise<void>;
  /** Uses a token up, once: a second use revokes its family and answers `reused`. */
  consume(id: string, secretHash: string, now: Date): Promise<Consumed>;
  revokeFamily(familyId: string, now: Date): Promise<void>;
}

interface Held extends RefreshTokenRecord {
  usedAt: string | null;
  revokedAt: string | null;
}

export class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private readonly tokens = new Map<string, Held>();

  async save(record: RefreshTokenRecord): Promise<void> {
    this.tokens.set(record.id, { ...record, usedAt: null, revokedAt: null });
  }

  async consume(id: string, secretHash: string, now: Date): Promise<Consumed> {
    const token = this.tokens.get(id);
    if (!token || token.secretHash !== secretHash || token.revokedAt !== null || token.expiresAt <= now.toISOString())
      return { outcome: 'invalid' };
    if (token.usedAt !== null) {
      await this.revokeFamily(token.familyId, now);
      return { outcome: 'reused' };
    }
    token.usedAt = now.toISOString();
    return { outcome: 'ok', userId: token.userId, familyId: token.familyId };
  }

  async revokeFamily(familyId: string, now: Date): Promise<void> {
    for (const token of this.tokens.values())
      if (token.familyId === familyId && token.revokedAt === null) token.revokedAt = now.toISOString();
  }
}
