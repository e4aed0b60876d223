import { MoneyAppendOutcome } from '@kongthun/audit-store';
import { MoneyMessage } from '@kongthun/money-contract';
import { Finding, findingIdOf } from '../findings/finding';

/**
 * A money message the log refused to store as it came: the same message id with other content, so
 * a producer rewrote what it had published. The stored and the received content are named by hash;
 * the source events are named so the auditor can look for them in the ledger.
 */
export const findingOfRefusedMoneyMessage = (outcome: MoneyAppendOutcome, message: MoneyMessage): Finding | null => {
  if (outcome.status !== 'conflict') return null;
  const rule = 'chain.delivery.money-conflicting-content';
  return {
    findingId: findingIdOf(rule, [message.id, outcome.receivedHash]),
    rule,
    severity: 'high',
    streamId: message.source.streamId,
    evidenceEventIds: [],
    summary: 'A money message was published again with the same id and different content',
    summaryTh: 'มีการส่งข้อความการเงินรหัสเดิมซ้ำ แต่เนื้อหาไม่ตรงกับที่บันทึกไว้',
    details: {
      messageId: message.id,
      type: message.type,
      programme: message.programme,
      unitId: message.unitId,
      seq: outcome.seq,
      storedHash: outcome.storedHash,
      receivedHash: outcome.receivedHash,
      sourceEventId: message.source.eventId,
      sourceStreamRevision: message.source.streamRevision,
    },
  };
};
