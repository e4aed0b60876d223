import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { personalDataStoreContract } from './personal-data-store.contract';
import { SqlPersonalDataStore } from './sql-personal-data-store';

describeWithEngine('postgres', 'SqlPersonalDataStore on a PostgreSQL server', (url) => {
  const schema = `kt_pd_${randomUUID().replace(/-/g, '').slice(-12)}`;
  let sql: PgSqlClient;
  afterAll(async () => {
    await sql.close();
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  personalDataStoreContract(async () => {
    sql = new PgSqlClient({ connectionString: url, max: 4 });
    return SqlPersonalDataStore.open(sql, { schema });
  });

  it('a shred and a read racing on one record never see a record without key and without tombstone', async () => {
    const store = await SqlPersonalDataStore.open(sql, { schema });
    const ref = `pd-race-${randomUUID()}`;
    await store.put(
      { ref, fundId: 'f', memberId: 'm', sealed: 'v1.a.b.c', dataKey: { masterKeyId: 'k', wrapped: 'v1.a.b.c' } },
      new Date(),
    );
    const [shredded, ...reads] = await Promise.all([
      store.shred(ref, { erasedAt: new Date().toISOString(), erasedBy: 'admin' }),
      ...Array.from({ length: 6 }, () => store.get(ref)),
    ]);
    expect(shredded).toBe('shredded');
    for (const read of reads) expect(['present', 'erased']).toContain(read?.status);
  });
});
