import { FinanceTotals, FinanceUnit } from '@kongthun/finance-model';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { queryTotals } from '../store/totals-query';

/** What the CODI fund-status report shows of one welfare fund in one fiscal year, in satang. */
export interface FundStatusData {
  unit: FinanceUnit;
  fiscalYear: number;
  /**
   * Members counted from what the contract carries: distinct members who paid a contribution in
   * the year, and distinct members who paid a joining fee (new members). The contract has no
   * enrolment, resignation or death, so members on the books at year end cannot be counted here.
   */
  contributingMembers: number;
  newMembers: number;
  year: FinanceTotals;
  /** Net of reversals and refunds, by disbursement kind and purpose, with the number of payments. */
  paid: { kind: string; purpose: string; amountSatang: bigint; payments: number }[];
  /** Net money in less net money out before the year: what the fund carried into it. */
  openingBalanceSatang: bigint;
}

export const fundStatusData = async (sql: SqlQueryable, schema: string, unit: FinanceUnit, fiscalYear: number): Promise<FundStatusData> => {
  const params = [unit.programme, unit.unitId, fiscalYear];
  const [yearGroup] = await queryTotals(sql, schema, { programme: unit.programme, unitId: unit.unitId, fiscalYear }, [], 'all');
  const members = await sql.query<{ contributing: string; joining: string }>(
    `SELECT count(DISTINCT payer_ref) FILTER (WHERE source_kind = 'member-contribution')::text AS contributing,
            count(DISTINCT payer_ref) FILTER (WHERE source_kind = 'joining-fee')::text AS joining
     FROM ${schema}.entries WHERE programme = $1 AND unit_id = $2 AND fiscal_year = $3 AND kind = 'in'`,
    params,
  );
  const paid = await sql.query<{ kind: string; purpose: string; amount: string; payments: string }>(
    `SELECT f.resolved_disbursement_kind AS kind, f.resolved_purpose AS purpose,
            SUM(CASE WHEN f.kind = 'disbursement' THEN f.amount_satang ELSE -f.amount_satang END)::text AS amount,
            count(*) FILTER (WHERE f.kind = 'disbursement')::text AS payments
     FROM ${schema}.facts f
     WHERE f.programme = $1 AND f.unit_id = $2 AND f.fiscal_year = $3
       AND (f.kind = 'disbursement' OR (f.kind IN ('reversal', 'refund') AND f.undoes_kind = 'disbursement'))
     GROUP BY 1, 2 ORDER BY f.resolved_disbursement_kind COLLATE "C", f.resolved_purpose COLLATE "C"`,
    params,
  );
  const opening = await sql.query<{ balance: string | null }>(
    `SELECT SUM(CASE WHEN f.kind = 'in' THEN f.amount_satang
                     WHEN f.kind = 'disbursement' THEN -f.amount_satang
                     WHEN f.kind IN ('reversal', 'refund') AND f.undoes_kind = 'in' THEN -f.amount_satang
                     WHEN f.kind IN ('reversal', 'refund') AND f.undoes_kind = 'disbursement' THEN f.amount_satang
                     ELSE 0 END)::text AS balance
     FROM ${schema}.facts f WHERE f.programme = $1 AND f.unit_id = $2 AND f.fiscal_year < $3`,
    params,
  );
  return {
    unit,
    fiscalYear,
    contributingMembers: Number(members.rows[0].contributing),
    newMembers: Number(members.rows[0].joining),
    year: yearGroup.totals,
    paid: paid.rows.map((row) => ({
      kind: row.kind,
      purpose: row.purpose,
      amountSatang: BigInt(row.amount),
      payments: Number(row.payments),
    })),
    openingBalanceSatang: BigInt(opening.rows[0].balance ?? '0'),
  };
};
