import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { idempotencyStoreContract } from './idempotency-store.contract';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store';
import { SqlIdempotencyStore } from './sql-idempotency-store';

describe('SqlIdempotencyStore on PGlite (embedded)', () => {
  let sql: PgliteSqlClient;
  afterAll(() => sql.close());
  idempotencyStoreContract(async (policy) => {
    sql = await PgliteSqlClient.open('memory://');
    return SqlIdempotencyStore.open(sql, { policy });
  });

  it('keeps only a fingerprint of the request, never its body', async () => {
    const { rows } = await sql.query<Record<string, unknown>>('SELECT * FROM kongthun.idempotency_records');
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'actor_id',
      'body',
      'claim_token',
      'expires_at',
      'fingerprint',
      'idempotency_key',
      'lease_until',
      'route',
      'status',
    ]);
  });
});

describe('InMemoryIdempotencyStore', () => {
  idempotencyStoreContract(async (policy) => new InMemoryIdempotencyStore(policy));
});
