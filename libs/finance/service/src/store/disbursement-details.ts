import { AreaScope, FinanceFilter } from '@kongthun/finance-model';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { factsWhere } from './facts-where';

/** One disbursement as the details API and the exports show it. Amounts in satang. */
export interface DisbursementDetail {
  /** Position in the books: the order rows are listed in, and the cursor. */
  seq: number;
  messageId: string;
  programme: string;
  unitId: string;
  unitName: string | null;
  disbursementId: string;
  commitmentId: string | null;
  kind: string;
  purpose: string;
  method: string;
  /** `YYYY-MM-DD` (CE); exports print it in BE. */
  paidOn: string;
  fiscalYear: number;
  areaCode: string;
  recipientRef: string | null;
  amountSatang: bigint;
}

interface Row {
  seq: string;
  message_id: string;
  programme: string;
  unit_id: string;
  unit_name: string | null;
  ref_id: string;
  commitment_id: string | null;
  disbursement_kind: string;
  purpose: string;
  method: string;
  day: string;
  fiscal_year: number;
  resolved_area: string;
  recipient_ref: string | null;
  amount_satang: string;
}

const detailOf = (row: Row): DisbursementDetail => ({
  seq: Number(row.seq),
  messageId: row.message_id,
  programme: row.programme,
  unitId: row.unit_id,
  unitName: row.unit_name,
  disbursementId: row.ref_id,
  commitmentId: row.commitment_id,
  kind: row.disbursement_kind,
  purpose: row.purpose,
  method: row.method,
  paidOn: row.day,
  fiscalYear: Number(row.fiscal_year),
  areaCode: row.resolved_area,
  recipientRef: row.recipient_ref,
  amountSatang: BigInt(row.amount_satang),
});

/**
 * Disbursements after `afterSeq` in the order they were stored (keyset: `seq > cursor`), which
 * is the order they became visible in, so paging while others append loses and repeats nothing;
 * what arrives while a reader pages appears on a later page.
 */
export const queryDisbursements = async (
  sql: SqlQueryable,
  schema: string,
  filter: FinanceFilter,
  scope: AreaScope,
  page: { afterSeq: number; limit: number },
): Promise<DisbursementDetail[]> => {
  const params: unknown[] = [];
  const where = factsWhere(filter, scope, params);
  params.push(String(page.afterSeq), page.limit);
  const { rows } = await sql.query<Row>(
    `SELECT f.seq::text AS seq, f.message_id, f.programme, f.unit_id, f.unit_name, f.ref_id, f.commitment_id, f.disbursement_kind,
            f.purpose, f.method, f.day, f.fiscal_year, f.resolved_area, f.recipient_ref, f.amount_satang::text AS amount_satang
     FROM ${schema}.facts f
     WHERE f.kind = 'disbursement' AND f.seq > $${params.length - 1}::bigint AND ${where}
     ORDER BY f.seq LIMIT $${params.length}`,
    params,
  );
  return rows.map(detailOf);
};

/** How many disbursements a filter selects (for a progress bar). */
export const countDisbursements = async (sql: SqlQueryable, schema: string, filter: FinanceFilter, scope: AreaScope): Promise<number> => {
  const params: unknown[] = [];
  const where = factsWhere(filter, scope, params);
  const { rows } = await sql.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM ${schema}.facts f WHERE f.kind = 'disbursement' AND ${where}`,
    params,
  );
  return Number(rows[0].n);
};
