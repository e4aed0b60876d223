import { v7 as uuidv7 } from 'uuid';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { MasterKey } from '@kongthun/kernel';
import { describeWithEngine } from '@kongthun/testing';
import { ContactVault } from './contact-vault';
import { SqlContactStore } from './sql-contact-store';

describeWithEngine('postgres', 'contact persons in PostgreSQL', (url) => {
  const schema = `kt_contacts_${uuidv7().replace(/-/g, '').slice(-12)}`;
  const sql = new PgSqlClient({ connectionString: url, max: 2 });
  afterAll(async () => {
    await sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
  });

  it('stores ciphertext and a wrapped key, nothing in clear, and reads the contact back; a discard removes both', async () => {
    const vault = new ContactVault(
      await SqlContactStore.open(sql, { schema }),
      MasterKey.fromSecret('grants-contact-master-key-for-tests-only'),
    );
    const ref = ContactVault.newRef();
    await vault.keep(ref, 'org-nong-khae', { name: 'นางสาวสมใจ ใจดี', phone: '081-234-5678' });
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT * FROM ${schema}.contacts JOIN ${schema}.contact_data_keys USING (ref) WHERE ref = $1`,
      [ref],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/สมใจ|081/);
    expect(await vault.read(ref, 'org-nong-khae')).toEqual({ name: 'นางสาวสมใจ ใจดี', phone: '081-234-5678' });
    await vault.discard(ref);
    expect((await sql.query(`SELECT 1 FROM ${schema}.contact_data_keys WHERE ref = $1`, [ref])).rows).toEqual([]);
  });
});
