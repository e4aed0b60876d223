import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';

/** One village's count as the auditor holds it (the shape `@kongthun/audit-red-flags` reads). */
export interface StoredVillageHouseholds {
  villageCode: string;
  households: number;
  source: string;
  asOf: string;
}

/**
 * Village household counts imported by the audit office (จำนวนครัวเรือนอ้างอิงรายหมู่บ้าน), e.g.
 * from DOPA's monthly statistic. Reference facts, not evidence: a newer statistic replaces a
 * village's row, and the day and source of the count in force are what a finding cites.
 */
export class VillageHouseholdsStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<VillageHouseholdsStore> {
    const schema = assertSchemaName(options.schema ?? 'kongthun_audit');
    await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.village_households (
  village_code text        PRIMARY KEY,
  households   integer     NOT NULL CHECK (households >= 0),
  source       text        NOT NULL,
  as_of        text        NOT NULL,
  imported_at  timestamptz NOT NULL DEFAULT now()
);`);
    return new VillageHouseholdsStore(sql, schema);
  }

  /** Sets each village's count; a count older than the one held is ignored (an old file cannot undo a newer one). */
  async import(counts: readonly StoredVillageHouseholds[]): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (let start = 0; start < counts.length; start += 1000) {
        const chunk = counts.slice(start, start + 1000);
        const params = chunk.flatMap((c) => [c.villageCode, String(c.households), c.source, c.asOf]);
        const values = chunk.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}::integer, $${i * 4 + 3}, $${i * 4 + 4})`);
        await tx.query(
          `INSERT INTO ${this.schema}.village_households (village_code, households, source, as_of) VALUES ${values.join(', ')}
           ON CONFLICT (village_code) DO UPDATE SET households = EXCLUDED.households, source = EXCLUDED.source, as_of = EXCLUDED.as_of, imported_at = now()
           WHERE ${this.schema}.village_households.as_of <= EXCLUDED.as_of`,
          params,
        );
      }
    });
  }

  async all(): Promise<StoredVillageHouseholds[]> {
    const { rows } = await this.sql.query<{ village_code: string; households: number; source: string; as_of: string }>(
      `SELECT village_code, households, source, as_of FROM ${this.schema}.village_households ORDER BY village_code`,
    );
    return rows.map((row) => ({ villageCode: row.village_code, households: Number(row.households), source: row.source, asOf: row.as_of }));
  }
}
