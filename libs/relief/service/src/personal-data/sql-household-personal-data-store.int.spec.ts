import { v7 as uuidv7 } from 'uuid';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { MasterKey } from '@kongthun/kernel';
import { describeWithEngine } from '@kongthun/testing';
import { HouseholdVault } from './household-vault';
import { SqlHouseholdPersonalDataStore } from './sql-household-personal-data-store';

const key = MasterKey.fromSecret('relief-household-master-key-for-tests-only');
const people = (n: number) => ({
  head: { name: `นายบุญมี ทองดี${n}`, citizenId: '1101700230708', phone: '081-234-5678' },
  members: [{ name: `นางมะลิ ทองดี${n}`, citizenId: '3860100000123', phone: null }],
});

describeWithEngine('postgres', 'relief households’ personal data in PostgreSQL', (url) => {
  const schema = `kt_relief_pd_${uuidv7().replace(/-/g, '').slice(-12)}`;
  const sql = new PgSqlClient({ connectionString: url, max: 2 });
  afterAll(async () => {
    await sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  it('stores a bucket of households in one batch as ciphertext and wrapped keys, nothing in clear, and reads each back', async () => {
    const vault = new HouseholdVault(await SqlHouseholdPersonalDataStore.open(sql, { schema }), key);
    const households = Array.from({ length: 1500 }, (_, n) => ({ declarationId: 'cp-1', householdId: `h${n}`, data: people(n) }));
    await vault.keepMany(households);
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT * FROM ${schema}.households JOIN ${schema}.household_data_keys USING (declaration_id, household_id)`,
    );
    expect(rows).toHaveLength(1500);
    expect(JSON.stringify(rows)).not.toMatch(/บุญมี|มะลิ|081-234-5678|1101700230708|3860100000123/);
    expect(await vault.read('cp-1', 'h1499')).toEqual(people(1499));
    expect(await vault.read('cp-1', 'h-never')).toBeUndefined();
    expect(await vault.read('cp-2', 'h1')).toBeUndefined();
  });

  it('a household kept again (a retried import) keeps its first record and key', async () => {
    const vault = new HouseholdVault(await SqlHouseholdPersonalDataStore.open(sql, { schema }), key);
    await vault.keepMany([{ declarationId: 'cp-3', householdId: 'h1', data: people(1) }]);
    await vault.keepMany([
      { declarationId: 'cp-3', householdId: 'h1', data: people(99) },
      { declarationId: 'cp-3', householdId: 'h2', data: people(2) },
    ]);
    expect(await vault.read('cp-3', 'h1')).toEqual(people(1));
    expect(await vault.read('cp-3', 'h2')).toEqual(people(2));
  });

  it('a ciphertext moved onto another household, or another master key, fails rather than decrypting', async () => {
    const store = await SqlHouseholdPersonalDataStore.open(sql, { schema });
    const vault = new HouseholdVault(store, key);
    await vault.keepMany([
      { declarationId: 'cp-4', householdId: 'a', data: people(1) },
      { declarationId: 'cp-4', householdId: 'b', data: people(2) },
    ]);
    await sql.query(
      `UPDATE ${schema}.households SET sealed = (SELECT sealed FROM ${schema}.households WHERE declaration_id = 'cp-4' AND household_id = 'a') WHERE declaration_id = 'cp-4' AND household_id = 'b'`,
    );
    await expect(vault.read('cp-4', 'b')).rejects.toThrow();
    await expect(new HouseholdVault(store, MasterKey.fromSecret('another-master-key-for-tests-only-x')).read('cp-4', 'a')).rejects.toThrow(
      /master key/,
    );
  });
});
