import { SealedPersonalData } from './personal-data';
import { PersonalDataStore } from './personal-data-store';

/** What every personal-data store adapter must do; run by each adapter's spec. */
export const personalDataStoreContract = (open: () => Promise<PersonalDataStore>): void => {
  let store: PersonalDataStore;
  let n = 0;
  const record = (ref = `pd-contract-${(n += 1)}`): SealedPersonalData => ({
    ref,
    fundId: 'talat-yai',
    memberId: `m-${n}`,
    sealed: `v1.iv-${n}.ciphertext-${n}.tag`,
    dataKey: { masterKeyId: 'mk-1', wrapped: `v1.iv.wrapped-${n}.tag` },
  });
  const erasure = { erasedAt: '2025-12-11T03:00:00.000Z', erasedBy: 'somchai' };

  beforeAll(async () => {
    store = await open();
  });

  it('returns a stored record as it was put, and nothing for an unknown ref', async () => {
    const sealed = record();
    await store.put(sealed, new Date('2025-01-10T03:00:00Z'));
    expect(await store.get(sealed.ref)).toEqual({ status: 'present', record: sealed });
    expect(await store.get('pd-unknown')).toBeUndefined();
  });

  it('stores a ref once', async () => {
    const sealed = record();
    await store.put(sealed, new Date());
    await expect(store.put({ ...sealed, sealed: 'v1.other' }, new Date())).rejects.toThrow();
    expect(await store.get(sealed.ref)).toEqual({ status: 'present', record: sealed });
  });

  it('shredding deletes the data key and the ciphertext and leaves a tombstone; doing it again changes nothing', async () => {
    const sealed = record();
    await store.put(sealed, new Date());
    expect(await store.shred(sealed.ref, erasure)).toBe('shredded');
    const after = await store.get(sealed.ref);
    expect(after).toEqual({ status: 'erased', ref: sealed.ref, fundId: 'talat-yai', memberId: sealed.memberId, ...erasure });
    expect(JSON.stringify(after)).not.toContain('wrapped');
    expect(JSON.stringify(after)).not.toContain('ciphertext');
    expect(await store.shred(sealed.ref, { ...erasure, erasedBy: 'admin' })).toBe('already-erased');
    expect(await store.get(sealed.ref)).toEqual(after);
  });

  it('shredding an unknown ref says so', async () => {
    expect(await store.shred('pd-never-stored', erasure)).toBe('not-found');
  });

  it('discarding a record no event refers to leaves no trace, not even a tombstone', async () => {
    const sealed = record();
    await store.put(sealed, new Date());
    await store.discard(sealed.ref);
    expect(await store.get(sealed.ref)).toBeUndefined();
  });
};
