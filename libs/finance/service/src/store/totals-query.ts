import { AREA_LEVEL_LENGTH, AreaScope, emptyTotals, FinanceFilter, FinanceTotals, GroupBy, TotalsGroup } from '@kongthun/finance-model';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { MONEY_IN_SOURCES } from '@kongthun/money-contract';
import { factsWhere } from './facts-where';

const DIMENSION_SQL: Record<GroupBy, string> = {
  province: `CASE WHEN length(f.resolved_area) >= ${AREA_LEVEL_LENGTH.province} THEN substr(f.resolved_area, 1, 2) END`,
  district: `CASE WHEN length(f.resolved_area) >= ${AREA_LEVEL_LENGTH.district} THEN substr(f.resolved_area, 1, 4) END`,
  subdistrict: `CASE WHEN length(f.resolved_area) >= ${AREA_LEVEL_LENGTH.subdistrict} THEN substr(f.resolved_area, 1, 6) END`,
  programme: 'f.programme',
  unit: 'f.unit_id',
  fiscalYear: 'f.fiscal_year',
  month: 'f.month',
};

const undo = `f.kind IN ('reversal', 'refund')`;
/** Each measure as a SUM over facts; the meaning of each is `addFact` in the model. */
const MEASURES: Record<string, string> = {
  money_in: `f.kind = 'in'`,
  committed: `f.kind = 'commitment'`,
  disbursed: `f.kind = 'disbursement'`,
  reversed: `f.kind = 'reversal'`,
  refunded: `f.kind = 'refund'`,
};
const net = (kind: string, extra = 'true') =>
  `SUM(CASE WHEN f.kind = '${kind}' AND ${extra} THEN f.amount_satang WHEN ${undo} AND f.undoes_kind = '${kind}' AND ${extra} THEN -f.amount_satang ELSE 0 END)::text`;

const selectMeasures = [
  ...Object.entries(MEASURES).map(([name, when]) => `SUM(CASE WHEN ${when} THEN f.amount_satang ELSE 0 END)::text AS ${name}`),
  `${net('in')} AS net_money_in`,
  `${net('commitment')} AS net_committed`,
  `${net('disbursement')} AS net_disbursed`,
  ...MONEY_IN_SOURCES.map((source, index) => `${net('in', `f.resolved_source = '${source}'`)} AS source_${index}`),
].join(',\n  ');

type Row = Record<string, string | number | null>;

const totalsOfRow = (row: Row): FinanceTotals => {
  const totals = emptyTotals();
  const big = (name: string) => BigInt((row[name] as string | null) ?? '0');
  totals.moneyIn = big('money_in');
  totals.committed = big('committed');
  totals.disbursed = big('disbursed');
  totals.reversed = big('reversed');
  totals.refunded = big('refunded');
  totals.netMoneyIn = big('net_money_in');
  totals.netCommitted = big('net_committed');
  totals.netDisbursed = big('net_disbursed');
  MONEY_IN_SOURCES.forEach((source, index) => (totals.moneyInBySource[source] = big(`source_${index}`)));
  return totals;
};

/**
 * Totals by GROUP BY over the facts. Without dimensions, one group (zeros when nothing matches);
 * groups come ordered by their dimension values, nulls last.
 */
export const queryTotals = async (
  sql: SqlQueryable,
  schema: string,
  filter: FinanceFilter,
  groupBy: readonly GroupBy[],
  scope: AreaScope,
): Promise<TotalsGroup[]> => {
  const params: unknown[] = [];
  const where = factsWhere(filter, scope, params);
  const dims = groupBy.map((dimension, index) => `${DIMENSION_SQL[dimension]} AS d${index}`);
  const positions = groupBy.map((_, index) => String(index + 1));
  // Code-point order for text, as the model sorts, whatever the database's collation.
  const orderBy = groupBy.map((dimension, index) =>
    dimension === 'fiscalYear' ? `${index + 1} NULLS LAST` : `${DIMENSION_SQL[dimension]} COLLATE "C" NULLS LAST`,
  );
  const text = `SELECT ${[...dims, selectMeasures].join(',\n  ')}
FROM ${schema}.facts f WHERE ${where}
${positions.length ? `GROUP BY ${positions.join(', ')} ORDER BY ${orderBy.join(', ')}` : ''}`;
  const { rows } = await sql.query<Row>(text, params);
  return rows.map((row) => ({
    key: Object.fromEntries(groupBy.map((dimension, index) => [dimension, row[`d${index}`] ?? null])),
    totals: totalsOfRow(row),
  }));
};
