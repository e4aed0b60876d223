import { SqlQueryable } from '@kongthun/event-sourcing';
import { MoneyMessage } from '@kongthun/money-contract';
import { arrayLiteral } from '../array-literal';
import { insertMoneyRows, insertScopeRows, moneyContentHash, NewMoneyRow } from './money-log-rows';

/**
 * What became of one delivered money message:
 * - `appended`: it is now the message at `seq`;
 * - `duplicate`: the same message (same id, same content) is already at `seq`; nothing changed;
 * - `conflict`: another message with this id but different content is at `seq`; nothing changed.
 *   A producer that reuses an id for other content is a finding for the caller to raise.
 */
export type MoneyAppendOutcome =
  | { status: 'appended' | 'duplicate'; messageId: string; seq: number }
  | { status: 'conflict'; messageId: string; seq: number; storedHash: string; receivedHash: string };

/**
 * Appends messages in the caller's transaction: locks the log's size (appends serialize, so
 * sequence numbers are total and gapless), skips messages already stored, inserts the rest.
 */
export async function appendMoneyMessages(
  tx: SqlQueryable,
  schema: string,
  messages: readonly MoneyMessage[],
): Promise<MoneyAppendOutcome[]> {
  const { rows } = await tx.query<{ size: string }>(`SELECT size::text AS size FROM ${schema}.money_log_size FOR UPDATE`);
  let size = Number(rows[0].size);
  const stored = new Map<string, { seq: number; hash: string }>();
  const prior = await tx.query<{ message_id: string; seq: string; content_hash: string }>(
    `SELECT message_id, seq::text AS seq, content_hash FROM ${schema}.money_messages WHERE message_id = ANY($1::text[])`,
    [arrayLiteral(messages.map((message) => message.id))],
  );
  for (const row of prior.rows) stored.set(row.message_id, { seq: Number(row.seq), hash: row.content_hash });

  const fresh: NewMoneyRow[] = [];
  const outcomes = messages.map((message): MoneyAppendOutcome => {
    const contentHash = moneyContentHash(message);
    const existing = stored.get(message.id);
    if (existing) {
      return existing.hash === contentHash
        ? { status: 'duplicate', messageId: message.id, seq: existing.seq }
        : { status: 'conflict', messageId: message.id, seq: existing.seq, storedHash: existing.hash, receivedHash: contentHash };
    }
    size += 1;
    fresh.push({ seq: size, message, contentHash });
    stored.set(message.id, { seq: size, hash: contentHash });
    return { status: 'appended', messageId: message.id, seq: size };
  });
  if (fresh.length > 0) {
    await insertMoneyRows(tx, schema, fresh);
    await insertScopeRows(
      tx,
      schema,
      fresh.map((row) => row.message),
    );
    await tx.query(`UPDATE ${schema}.money_log_size SET size = $1::bigint`, [String(size)]);
  }
  return outcomes;
}
