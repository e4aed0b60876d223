import { assertSchemaName, SqlClient, SqlQueryable } from '@kongthun/event-sourcing';

export type InboxOutcome = 'applied' | 'duplicate';

/**
 * Makes a consumer's effect happen once per event although Kafka delivers at least once: the
 * event id is recorded in the same transaction as the effect, so a redelivery finds it and skips,
 * and a crash before commit leaves neither behind.
 */
export class SqlInbox {
  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  static async open(sql: SqlClient, schema = 'kongthun'): Promise<SqlInbox> {
    assertSchemaName(schema);
    await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${schema}.inbox (
        consumer text NOT NULL, event_id uuid NOT NULL, processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id));`);
    return new SqlInbox(sql, `${schema}.inbox`);
  }

  handleOnce(consumer: string, eventId: string, effect: (tx: SqlQueryable) => Promise<void>): Promise<InboxOutcome> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query(
        `INSERT INTO ${this.table} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
        [consumer, eventId],
      );
      if (rows.length === 0) return 'duplicate';
      await effect(tx);
      return 'applied';
    });
  }
}
