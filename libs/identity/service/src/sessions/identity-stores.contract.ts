import { AccountStore } from '../accounts/account-store';
import { RefreshTokenStore } from './refresh-token-store';

const now = new Date('2026-11-27T03:00:00Z');
const later = new Date('2026-12-27T03:00:00Z');
const token = (id: string, familyId = 'family-1') => ({
  id,
  userId: 'noi',
  familyId,
  secretHash: `hash-${id}`,
  expiresAt: '2026-12-04T03:00:00.000Z',
});

/** What every adapter of the account and refresh-token ports must do; run on memory and on PostgreSQL. */
export const identityStoresContract = (open: () => Promise<{ accounts: AccountStore; refreshTokens: RefreshTokenStore }>) => {
  let accounts: AccountStore;
  let refreshTokens: RefreshTokenStore;
  beforeAll(async () => ({ accounts, refreshTokens } = await open()));

  it('keeps a display name and a password hash apart, each overwritten by its own change', async () => {
    expect(await accounts.read('noi')).toBeUndefined();
    await accounts.savePasswordHash('noi', '$argon2id$one');
    await accounts.saveDisplayName('noi', 'คุณน้อย');
    await accounts.savePasswordHash('noi', '$argon2id$two');
    expect(await accounts.read('noi')).toEqual({ userId: 'noi', displayName: 'คุณน้อย', passwordHash: '$argon2id$two' });
  });

  it('uses a refresh token up once; the wrong secret or a late use is invalid', async () => {
    await refreshTokens.save(token('t-1'));
    expect(await refreshTokens.consume('t-1', 'hash-other', now)).toEqual({ outcome: 'invalid' });
    expect(await refreshTokens.consume('t-1', 'hash-t-1', later)).toEqual({ outcome: 'invalid' });
    expect(await refreshTokens.consume('t-1', 'hash-t-1', now)).toEqual({ outcome: 'ok', userId: 'noi', familyId: 'family-1' });
    expect(await refreshTokens.consume('missing', 'hash-missing', now)).toEqual({ outcome: 'invalid' });
  });

  it('revokes the whole family when a used token comes back, and only that family', async () => {
    await refreshTokens.save(token('t-2'));
    await refreshTokens.save(token('t-9', 'family-9'));
    expect(await refreshTokens.consume('t-1', 'hash-t-1', now)).toEqual({ outcome: 'reused' });
    expect(await refreshTokens.consume('t-2', 'hash-t-2', now)).toEqual({ outcome: 'invalid' });
    expect((await refreshTokens.consume('t-9', 'hash-t-9', now)).outcome).toBe('ok');
  });

  it('counts two concurrent uses of one token as one use and one reuse', async () => {
    await refreshTokens.save(token('t-3', 'family-3'));
    const outcomes = await Promise.all([refreshTokens.consume('t-3', 'hash-t-3', now), refreshTokens.consume('t-3', 'hash-t-3', now)]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['ok', 'reused']);
  });
};
