import { AreaScope, FinanceEntry, FinanceFilter, financeRecordsOf, FinanceUnit, GroupBy, TotalsGroup } from '@kongthun/finance-model';
import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { MoneyMessage } from '@kongthun/money-contract';
import { countDisbursements, DisbursementDetail, queryDisbursements } from './disbursement-details';
import { insertEntries, upsertUnit } from './entry-insert';
import { migrateFinance } from './finance-schema';
import { queryTotals } from './totals-query';

/**
 * The provincial books in PostgreSQL or PGlite, fed only with money-contract messages. Applying
 * a message twice is a no-op (its id is the key); the books are rebuilt by `reset` and applying
 * the log again. It does not own its SQL client: whoever opened it closes it.
 */
export class FinanceStore {
  private constructor(
    readonly sql: SqlClient,
    readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<FinanceStore> {
    const store = new FinanceStore(sql, assertSchemaName(options.schema ?? 'finance'));
    await migrateFinance(sql, store.schema);
    return store;
  }

  /** Folds messages in, in one transaction; answers how many new entries were stored. */
  async apply(messages: readonly MoneyMessage[]): Promise<number> {
    const records = messages.flatMap(financeRecordsOf);
    if (records.length === 0) return 0;
    return this.sql.transaction(async (tx) => {
      // The lock orders appends: a later seq is never visible before an earlier one (see finance-schema).
      const { rows } = await tx.query<{ size: string }>(`SELECT size::text AS size FROM ${this.schema}.log_size FOR UPDATE`);
      let size = Number(rows[0].size);
      const entries = records.flatMap((record) => (record.type === 'entry' ? [record.entry] : []));
      const known = new Set<string>();
      if (entries.length > 0) {
        const prior = await tx.query<{ message_id: string }>(
          `SELECT message_id FROM ${this.schema}.entries WHERE message_id = ANY($1::text[])`,
          [entries.map((entry) => entry.messageId)],
        );
        prior.rows.forEach((row) => known.add(row.message_id));
      }
      const fresh: { entry: FinanceEntry; seq: number }[] = [];
      for (const record of records) {
        if (record.type === 'unit') await upsertUnit(tx, this.schema, record.unit);
        else if (!known.has(record.entry.messageId)) {
          known.add(record.entry.messageId);
          fresh.push({ entry: record.entry, seq: ++size });
        }
      }
      if (fresh.length > 0) {
        await insertEntries(tx, this.schema, fresh);
        await tx.query(`UPDATE ${this.schema}.log_size SET size = $1::bigint`, [String(size)]);
      }
      return fresh.length;
    });
  }

  /** Empties the books, to fold the log again from its start. */
  async reset(): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.exec(`TRUNCATE ${this.schema}.entries, ${this.schema}.units; UPDATE ${this.schema}.log_size SET size = 0;`);
    });
  }

  /** Rebuilds the books from a log, batch by batch (a Kafka topic from its start, the audit money log). */
  async rebuild(log: AsyncIterable<readonly MoneyMessage[]>): Promise<number> {
    await this.reset();
    let stored = 0;
    for await (const batch of log) stored += await this.apply(batch);
    return stored;
  }

  totals(filter: FinanceFilter, groupBy: readonly GroupBy[], scope: AreaScope): Promise<TotalsGroup[]> {
    return queryTotals(this.sql, this.schema, filter, groupBy, scope);
  }

  disbursements(filter: FinanceFilter, scope: AreaScope, page: { afterSeq: number; limit: number }): Promise<DisbursementDetail[]> {
    return queryDisbursements(this.sql, this.schema, filter, scope, page);
  }

  countDisbursements(filter: FinanceFilter, scope: AreaScope): Promise<number> {
    return countDisbursements(this.sql, this.schema, filter, scope);
  }

  /** Every disbursement of a filter, a page at a time: what exports stream from, never holding more than a page. */
  async *allDisbursements(filter: FinanceFilter, scope: AreaScope, pageSize = 2_000): AsyncGenerator<DisbursementDetail[]> {
    let afterSeq = 0;
    for (;;) {
      const page = await this.disbursements(filter, scope, { afterSeq, limit: pageSize });
      if (page.length === 0) return;
      yield page;
      afterSeq = page[page.length - 1].seq;
      if (page.length < pageSize) return;
    }
  }

  async unit(programme: string, unitId: string): Promise<FinanceUnit | undefined> {
    const { rows } = await this.sql.query<{ name: string; area_codes: string[]; home_area: string | null; rule_version: number }>(
      `SELECT name, area_codes, home_area, rule_version FROM ${this.schema}.units WHERE programme = $1 AND unit_id = $2`,
      [programme, unitId],
    );
    if (rows.length === 0) return undefined;
    const [row] = rows;
    return { programme, unitId, name: row.name, areaCodes: row.area_codes, homeArea: row.home_area, ruleVersion: row.rule_version };
  }
}
