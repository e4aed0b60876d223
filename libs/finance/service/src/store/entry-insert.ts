import { FinanceEntry, FinanceUnit } from '@kongthun/finance-model';
import { SqlQueryable } from '@kongthun/event-sourcing';

const ENTRY_COLUMNS = [
  'message_id',
  'seq',
  'programme',
  'unit_id',
  'kind',
  'ref_id',
  'amount_satang',
  'day',
  'fiscal_year',
  'month',
  'area_code',
  'source_kind',
  'source_name',
  'purpose',
  'disbursement_kind',
  'method',
  'commitment_id',
  'recipient_ref',
  'payer_ref',
  'undoes_kind',
  'undoes_ref',
] as const;

const valuesOf = (entry: FinanceEntry, seq: number): unknown[] => [
  entry.messageId,
  String(seq),
  entry.programme,
  entry.unitId,
  entry.kind,
  entry.refId,
  entry.amountSatang.toString(),
  entry.day,
  entry.fiscalYear,
  entry.month,
  entry.areaCode,
  entry.sourceKind,
  entry.sourceName,
  entry.purpose,
  entry.disbursementKind,
  entry.method,
  entry.commitmentId,
  entry.recipientRef,
  entry.payerRef,
  entry.undoesKind,
  entry.undoesRef,
];

/** Rows per INSERT: 21 columns × 1,000 stays well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1_000;

export const insertEntries = async (tx: SqlQueryable, schema: string, rows: readonly { entry: FinanceEntry; seq: number }[]) => {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map(({ entry, seq }) => {
      const values = valuesOf(entry, seq);
      const base = params.length;
      params.push(...values);
      return `(${values.map((_, index) => `$${base + index + 1}`).join(', ')})`;
    });
    await tx.query(`INSERT INTO ${schema}.entries (${ENTRY_COLUMNS.join(', ')}) VALUES ${tuples.join(',\n')}`, params);
  }
};

/** A declaration replaces an older or equal rule version; an older one arriving late changes nothing. */
export const upsertUnit = (tx: SqlQueryable, schema: string, unit: FinanceUnit) =>
  tx.query(
    `INSERT INTO ${schema}.units (programme, unit_id, name, area_codes, home_area, rule_version) VALUES ($1, $2, $3, $4::text[], $5, $6)
     ON CONFLICT (programme, unit_id) DO UPDATE SET name = excluded.name, area_codes = excluded.area_codes,
       home_area = excluded.home_area, rule_version = excluded.rule_version
     WHERE ${schema}.units.rule_version <= excluded.rule_version`,
    [unit.programme, unit.unitId, unit.name, `{${unit.areaCodes.join(',')}}`, unit.homeArea, unit.ruleVersion],
  );
