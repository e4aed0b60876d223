import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { InMemoryPersonalDataStore } from './in-memory-personal-data-store';
import { MasterKey } from '@kongthun/kernel';
import { personalDataStoreContract } from './personal-data-store.contract';
import { PersonalDataVault } from './personal-data-vault';
import { SqlPersonalDataStore } from './sql-personal-data-store';

describe('SqlPersonalDataStore on PGlite (embedded)', () => {
  let sql: PgliteSqlClient;
  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
  });
  afterAll(() => sql.close());
  personalDataStoreContract(() => SqlPersonalDataStore.open(sql));

  it('after an erasure no table holds the data key, the ciphertext or anything of the person', async () => {
    const vault = new PersonalDataVault(
      await SqlPersonalDataStore.open(sql),
      MasterKey.fromSecret('personal-data-master-key-for-tests-only'),
    );
    const owner = { ref: PersonalDataVault.newRef(), fundId: 'talat-yai', memberId: 'm-9' };
    await vault.keep(owner, {
      name: 'นางสุดา ใจงาม',
      phone: '0812345678',
      citizenId: '1101700230708',
      beneficiary: { name: 'ด.ช.ก้อง ใจงาม', phone: null, citizenId: null, relationship: 'บุตร' },
    });
    const dump = async () =>
      JSON.stringify(
        (
          await sql.query(
            'SELECT r.*, k.* FROM personal_data.records r LEFT JOIN personal_data.data_keys k ON k.ref = r.ref WHERE r.ref = $1',
            [owner.ref],
          )
        ).rows,
      );
    const before = await dump();
    expect(before).toContain('wrapped');
    for (const clear of ['สุดา', '0812345678', '1101700230708', 'ก้อง']) expect(before).not.toContain(clear);

    expect(await vault.shred(owner, 'somchai')).toBe('shredded');
    expect((await sql.query('SELECT * FROM personal_data.data_keys WHERE ref = $1', [owner.ref])).rows).toEqual([]);
    expect(
      (await sql.query<{ sealed: string | null }>('SELECT sealed FROM personal_data.records WHERE ref = $1', [owner.ref])).rows,
    ).toEqual([{ sealed: null }]);
    expect(await vault.read(owner.ref)).toEqual({ status: 'erased', erasedAt: expect.any(String) });
  });
});

describe('InMemoryPersonalDataStore', () => {
  personalDataStoreContract(async () => new InMemoryPersonalDataStore());
});
