import { IdempotencyPolicy, IdempotencyScope, IdempotencyStore } from './idempotency-store';

/** The behaviour every idempotency store adapter must show; run by each adapter's spec. */
export const idempotencyStoreContract = (open: (policy: IdempotencyPolicy) => Promise<IdempotencyStore>): void => {
  const policy: IdempotencyPolicy = { ttlMs: 60_000, leaseMs: 5_000 };
  const t0 = new Date('2025-12-11T03:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);
  let store: IdempotencyStore;
  let n = 0;
  const scope = (change: Partial<IdempotencyScope> = {}): IdempotencyScope => ({
    actorId: 'malee',
    route: 'POST /api/welfare/funds/f-1/contributions',
    key: `k-${n}`,
    ...change,
  });
  const created = { status: 201, body: '{"events":[{"type":"welfare.contribution.recorded","streamRevision":"7"}]}' };

  beforeAll(async () => {
    store = await open(policy);
  });
  beforeEach(() => {
    n += 1;
  });

  it('a first request starts; its completed outcome is replayed byte for byte to the same key and body', async () => {
    const claim = await store.begin(scope(), 'fp-a', t0);
    if (claim.kind !== 'started') throw new Error(`expected started, got ${claim.kind}`);
    await store.complete(scope(), claim.token, created);
    expect(await store.begin(scope(), 'fp-a', later(1_000))).toEqual({ kind: 'replay', outcome: created });
  });

  it('the same key with another body is a reuse, before and after completion', async () => {
    const claim = await store.begin(scope(), 'fp-a', t0);
    expect(await store.begin(scope(), 'fp-b', t0)).toEqual({ kind: 'key-reused' });
    if (claim.kind === 'started') await store.complete(scope(), claim.token, created);
    expect(await store.begin(scope(), 'fp-b', t0)).toEqual({ kind: 'key-reused' });
  });

  it('a duplicate while the first is running is in progress, until the lease runs out', async () => {
    const first = await store.begin(scope(), 'fp-a', t0);
    expect(await store.begin(scope(), 'fp-a', later(4_999))).toEqual({ kind: 'in-progress' });
    const takeover = await store.begin(scope(), 'fp-a', later(5_000));
    expect(takeover.kind).toBe('started');
    // The presumed-dead first holder finishing late changes nothing: the key belongs to the takeover.
    if (first.kind === 'started') await store.complete(scope(), first.token, { status: 422, body: '{"code":"late"}' });
    expect(await store.begin(scope(), 'fp-a', later(5_001))).toEqual({ kind: 'in-progress' });
  });

  it('a released claim lets the same key run again', async () => {
    const claim = await store.begin(scope(), 'fp-a', t0);
    if (claim.kind === 'started') await store.release(scope(), claim.token);
    expect((await store.begin(scope(), 'fp-a', t0)).kind).toBe('started');
  });

  it('keys are scoped: another user or another path with the same key starts afresh', async () => {
    const claim = await store.begin(scope(), 'fp-a', t0);
    if (claim.kind === 'started') await store.complete(scope(), claim.token, created);
    expect((await store.begin(scope({ actorId: 'somchai' }), 'fp-a', t0)).kind).toBe('started');
    expect((await store.begin(scope({ route: 'POST /api/welfare/funds/f-2/contributions' }), 'fp-a', t0)).kind).toBe('started');
  });

  it('a completed key expires after the published time and may then be used again', async () => {
    const claim = await store.begin(scope(), 'fp-a', t0);
    if (claim.kind === 'started') await store.complete(scope(), claim.token, created);
    expect((await store.begin(scope(), 'fp-a', later(59_999))).kind).toBe('replay');
    expect((await store.begin(scope(), 'fp-b', later(60_000))).kind).toBe('started');
  });

  it('of many concurrent first requests with one key exactly one starts', async () => {
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.begin(scope(), 'fp-a', t0)));
    expect(claims.filter((claim) => claim.kind === 'started')).toHaveLength(1);
    expect(claims.filter((claim) => claim.kind === 'in-progress')).toHaveLength(7);
  });
};
