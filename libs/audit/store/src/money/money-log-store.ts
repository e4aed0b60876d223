import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { MoneyMessage } from '@kongthun/money-contract';
import { arrayLiteral } from '../array-literal';
import { appendMoneyMessages, MoneyAppendOutcome } from './money-append';
import { MONEY_COLUMNS, moneyEntryFromRow, MoneyLogEntry, MoneyRow } from './money-log-rows';
import { migrateMoneyLog } from './money-log-schema';

/** A programme unit: a welfare fund, a grant project, a disaster declaration. */
export interface MoneyUnitRef {
  programme: string;
  unitId: string;
}

/**
 * Every money-contract message the auditor received (บันทึกข้อความการเงิน), append-only, in
 * PostgreSQL or PGlite beside the ledger. Messages arrive already checked against the contract;
 * the log keeps them in arrival order for the scanner, by unit for replay, and by area for scoping.
 * It does not own its SQL client: whoever opened the client closes it.
 */
export class MoneyLogStore {
  private constructor(
    private readonly sql: SqlClient,
    readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<MoneyLogStore> {
    const store = new MoneyLogStore(sql, assertSchemaName(options.schema ?? 'kongthun_audit'));
    await migrateMoneyLog(sql, store.schema);
    return store;
  }

  /** Stores one message; a redelivery is a no-op that answers with its sequence number. */
  async append(message: MoneyMessage): Promise<MoneyAppendOutcome> {
    return (await this.appendMany([message]))[0];
  }

  /** Stores a batch in one transaction, in order; one outcome per message. */
  appendMany(messages: readonly MoneyMessage[]): Promise<MoneyAppendOutcome[]> {
    if (messages.length === 0) return Promise.resolve([]);
    return this.sql.transaction((tx) => appendMoneyMessages(tx, this.schema, messages));
  }

  async size(): Promise<number> {
    const { rows } = await this.sql.query<{ size: string }>(`SELECT size::text AS size FROM ${this.schema}.money_log_size`);
    return Number(rows[0].size);
  }

  /** The log in arrival order after `after` (exclusive; omit to start at the first message). */
  async readMoneyLog(options: { after?: number; maxCount: number }): Promise<MoneyLogEntry[]> {
    const { rows } = await this.sql.query<MoneyRow>(
      `SELECT ${MONEY_COLUMNS} FROM ${this.schema}.money_messages m WHERE m.seq > $1::bigint ORDER BY m.seq LIMIT $2`,
      [String(options.after ?? 0), options.maxCount],
    );
    return rows.map(moneyEntryFromRow);
  }

  /** One message by its id. */
  async message(messageId: string): Promise<MoneyLogEntry | undefined> {
    const { rows } = await this.sql.query<MoneyRow>(
      `SELECT ${MONEY_COLUMNS} FROM ${this.schema}.money_messages m WHERE m.message_id = $1`,
      [messageId],
    );
    return rows.length ? moneyEntryFromRow(rows[0]) : undefined;
  }

  /** Every message of one unit in arrival order, up to sequence number `upToSeq` when given. */
  async readUnit(unit: MoneyUnitRef, options: { upToSeq?: number } = {}): Promise<MoneyLogEntry[]> {
    const { rows } = await this.sql.query<MoneyRow>(
      `SELECT ${MONEY_COLUMNS} FROM ${this.schema}.money_messages m
       WHERE m.programme = $1 AND m.unit_id = $2 AND ($3::bigint IS NULL OR m.seq <= $3::bigint) ORDER BY m.seq`,
      [unit.programme, unit.unitId, options.upToSeq === undefined ? null : String(options.upToSeq)],
    );
    return rows.map(moneyEntryFromRow);
  }

  /** The area codes a unit declared (every declaration's), sorted. */
  async unitAreas(unit: MoneyUnitRef): Promise<string[]> {
    const { rows } = await this.sql.query<{ area_code: string }>(
      `SELECT area_code FROM ${this.schema}.money_unit_areas WHERE programme = $1 AND unit_id = $2 ORDER BY area_code`,
      [unit.programme, unit.unitId],
    );
    return rows.map((row) => row.area_code);
  }

  /** For each source stream, the area codes declared by the units its messages belong to (absent: none known). */
  async streamAreas(streamIds: readonly string[]): Promise<Map<string, string[]>> {
    const areas = new Map<string, string[]>();
    if (streamIds.length === 0) return areas;
    const { rows } = await this.sql.query<{ source_stream_id: string; area_code: string }>(
      `SELECT DISTINCT su.source_stream_id, ua.area_code FROM ${this.schema}.money_stream_units su
       JOIN ${this.schema}.money_unit_areas ua ON ua.programme = su.programme AND ua.unit_id = su.unit_id
       WHERE su.source_stream_id = ANY($1::text[]) ORDER BY su.source_stream_id, ua.area_code`,
      [arrayLiteral([...new Set(streamIds)])],
    );
    for (const row of rows) areas.set(row.source_stream_id, [...(areas.get(row.source_stream_id) ?? []), row.area_code]);
    return areas;
  }
}
