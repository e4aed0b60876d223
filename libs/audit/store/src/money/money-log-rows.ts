import { createHash } from 'node:crypto';
import { canonicalJson, SqlQueryable } from '@kongthun/event-sourcing';
import { MoneyMessage } from '@kongthun/money-contract';
import { arrayLiteral } from '../array-literal';

/** One money message as the auditor holds it: at its local sequence number, in arrival order. */
export interface MoneyLogEntry {
  /** 1, 2, 3, … in the order the auditor received the messages; gapless. */
  seq: number;
  message: MoneyMessage;
  /** When the auditor stored it (UTC ISO-8601). */
  receivedAt: string;
}

export interface MoneyRow {
  seq: string;
  body: string;
  received_at: Date;
}

/** Bigints travel as text: `pg` and PGlite parse int8 differently. */
export const MONEY_COLUMNS = 'm.seq::text AS seq, m.body, m.received_at';

export const moneyEntryFromRow = (row: MoneyRow): MoneyLogEntry => ({
  seq: Number(row.seq),
  message: JSON.parse(row.body) as MoneyMessage,
  receivedAt: row.received_at.toISOString(),
});

/** SHA-256 of the message's RFC 8785 form: equal for the same content whatever the key order. */
export const moneyContentHash = (message: MoneyMessage): string => createHash('sha256').update(canonicalJson(message)).digest('hex');

/** The area codes a message names itself: the unit's own for a declaration, the recipient's for a payment, the village for a registration. */
export const areaCodesOf = (message: MoneyMessage): string[] => {
  if (message.type === 'money.unit.declared') return [...new Set(message.data.areaCodes)];
  if (message.type === 'money.disbursement.made') return [message.data.areaCode];
  if (message.type === 'money.beneficiary.registered') return [message.data.villageCode];
  return [];
};

export interface NewMoneyRow {
  seq: number;
  message: MoneyMessage;
  contentHash: string;
}

/** 12 parameters a row; PostgreSQL takes at most 65,535 in one statement. */
const ROWS_PER_INSERT = 4000;
const PER_ROW = 12;

export async function insertMoneyRows(q: SqlQueryable, schema: string, rows: readonly NewMoneyRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const params: unknown[] = [];
    const values = rows.slice(start, start + ROWS_PER_INSERT).map(({ seq, message, contentHash }) => {
      params.push(
        String(seq),
        message.id,
        message.programme,
        message.unitId,
        message.type,
        message.occurredOn,
        message.recordedAt,
        message.source.eventId,
        message.source.streamId,
        arrayLiteral(areaCodesOf(message)),
        contentHash,
        JSON.stringify(message),
      );
      const p = (i: number) => `$${params.length - PER_ROW + i}`;
      return `(${p(1)}::bigint, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::timestamptz, ${p(8)}, ${p(9)}, ${p(10)}::text[], ${p(11)}, ${p(12)})`;
    });
    await q.query(
      `INSERT INTO ${schema}.money_messages (seq, message_id, programme, unit_id, message_type, occurred_on, recorded_at, source_event_id, source_stream_id, area_codes, content_hash, body)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

/** The small tables scoping reads: a stream's units, and the areas each unit declared. */
export async function insertScopeRows(q: SqlQueryable, schema: string, messages: readonly MoneyMessage[]): Promise<void> {
  const streamUnits = new Map(
    messages.map((m) => [JSON.stringify([m.source.streamId, m.programme, m.unitId]), [m.source.streamId, m.programme, m.unitId]]),
  );
  const unitAreas = new Map(
    messages.flatMap((m) =>
      m.type === 'money.unit.declared'
        ? areaCodesOf(m).map((area) => [JSON.stringify([m.programme, m.unitId, area]), [m.programme, m.unitId, area]] as const)
        : [],
    ),
  );
  const insert = async (table: string, columns: string, tuples: string[][]) => {
    if (tuples.length === 0) return;
    const params = tuples.flat();
    const values = tuples.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`);
    await q.query(`INSERT INTO ${schema}.${table} (${columns}) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, params);
  };
  await insert('money_stream_units', 'source_stream_id, programme, unit_id', [...streamUnits.values()]);
  await insert(
    'money_unit_areas',
    'programme, unit_id, area_code',
    [...unitAreas.values()].map((tuple) => [...tuple]),
  );
}
