import { InMemoryPersonalDataStore } from './in-memory-personal-data-store';
import { MasterKey } from '@kongthun/kernel';
import { PersonalData } from './personal-data';
import { PersonalDataVault } from './personal-data-vault';

const boonmee: PersonalData = {
  name: 'นายบุญมี ศรีสวัสดิ์',
  phone: '0812345678',
  citizenId: '1101700230708',
  beneficiary: { name: 'นางสาวมณี ศรีสวัสดิ์', phone: '0898765432', citizenId: null, relationship: 'บุตร' },
};
const secret = 'personal-data-master-key-for-tests-only';

describe('personal-data vault (envelope encryption, crypto-shredding)', () => {
  const setup = async () => {
    const store = new InMemoryPersonalDataStore();
    const vault = new PersonalDataVault(store, MasterKey.fromSecret(secret), () => new Date('2025-12-11T03:00:00Z'));
    const owner = { ref: PersonalDataVault.newRef(), fundId: 'talat-yai', memberId: 'm-001' };
    await vault.keep(owner, boonmee);
    const stored = await store.get(owner.ref);
    if (stored?.status !== 'present') throw new Error('not stored');
    return { store, vault, owner, record: stored.record };
  };

  it('reads back what it kept, while the store holds only ciphertext and a wrapped key', async () => {
    const { vault, owner, record } = await setup();
    expect(await vault.read(owner.ref)).toEqual({ status: 'present', owner, data: boonmee });
    for (const clear of ['บุญมี', 'ศรีสวัสดิ์', '0812345678', '1101700230708', 'มณี']) expect(JSON.stringify(record)).not.toContain(clear);
    expect(record.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('each record has its own data key: the same data kept twice encrypts differently', async () => {
    const first = await setup();
    const second = await setup();
    expect(first.record.sealed).not.toBe(second.record.sealed);
    expect(first.record.dataKey.wrapped).not.toBe(second.record.dataKey.wrapped);
  });

  it('refuses to decrypt tampered ciphertext, a ciphertext or key moved to another record, or another master key', async () => {
    const { store, owner, record } = await setup();
    const other = await setup();
    const flip = (text: string) => text.slice(0, -3) + (text.at(-3) === 'A' ? 'B' : 'A') + text.slice(-2);
    const tamperedStore = new InMemoryPersonalDataStore();
    const tamperedVault = new PersonalDataVault(tamperedStore, MasterKey.fromSecret(secret));
    await tamperedStore.put({ ...record, ref: 'pd-tampered', sealed: flip(record.sealed) }, new Date());
    await expect(tamperedVault.read('pd-tampered')).rejects.toThrow();
    await tamperedStore.put({ ...record, ref: 'pd-swapped', dataKey: other.record.dataKey }, new Date());
    await expect(tamperedVault.read('pd-swapped')).rejects.toThrow();
    await expect(new PersonalDataVault(store, MasterKey.fromSecret(`${secret}-rotated`)).read(owner.ref)).rejects.toThrow(/master key/);
  });

  it('after shredding, reads say erased and the store keeps neither the wrapped key nor the ciphertext', async () => {
    const { store, vault, owner, record } = await setup();
    expect(await vault.shred(owner, 'somchai')).toBe('shredded');
    expect(await vault.read(owner.ref)).toEqual({ status: 'erased', erasedAt: '2025-12-11T03:00:00.000Z' });
    const tombstone = JSON.stringify(await store.get(owner.ref));
    expect(tombstone).toContain('"erasedBy":"somchai"');
    expect(tombstone).not.toContain(record.dataKey.wrapped);
    expect(tombstone).not.toContain(record.sealed);
  });

  it('shreds only the record stored for that fund and member: a reference pointing at someone else is not found', async () => {
    const { vault, owner } = await setup();
    expect(await vault.shred({ ...owner, memberId: 'm-002' }, 'somchai')).toBe('not-found');
    expect(await vault.shred({ ...owner, fundId: 'other-fund' }, 'somchai')).toBe('not-found');
    expect((await vault.read(owner.ref)).status).toBe('present');
  });

  it('refuses a master key shorter than 32 bytes', () => {
    expect(() => MasterKey.fromSecret('too-short')).toThrow(/32 bytes/);
  });
});
