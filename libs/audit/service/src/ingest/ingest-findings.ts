import { LedgerEvent } from '@kongthun/audit-ledger';
import { AppendOutcome } from '@kongthun/audit-store';
import { Finding, findingIdOf } from '../findings/finding';

/**
 * A delivery the ledger refused to store as it came: the same event id with other content (a source
 * rewrote a published event), or content that does not hash to the hash it carries.
 */
export const findingOfRefusedDelivery = (outcome: AppendOutcome, event: LedgerEvent): Finding | null => {
  if (outcome.status !== 'conflict' && outcome.status !== 'hash-mismatch') return null;
  const at = { streamRevision: event.streamRevision, type: event.type };
  if (outcome.status === 'conflict') {
    const rule = 'chain.delivery.conflicting-content';
    return {
      findingId: findingIdOf(rule, [event.id, outcome.receivedHash]),
      rule,
      severity: 'high',
      streamId: event.streamId,
      evidenceEventIds: [event.id],
      summary: 'An event was published again with the same id and different content',
      summaryTh: 'มีการส่งเหตุการณ์รหัสเดิมซ้ำ แต่เนื้อหาไม่ตรงกับที่บันทึกไว้',
      details: { ...at, leafIndex: outcome.leafIndex, storedHash: outcome.storedHash, receivedHash: outcome.receivedHash },
    };
  }
  const rule = 'chain.delivery.hash-mismatch';
  return {
    findingId: findingIdOf(rule, [event.id, outcome.carriedHash, outcome.recomputedHash]),
    rule,
    severity: 'high',
    streamId: event.streamId,
    evidenceEventIds: [],
    summary: 'An event arrived whose content does not match its own hash; it was not stored',
    summaryTh: 'ได้รับเหตุการณ์ที่เนื้อหาไม่ตรงกับแฮชของตัวเอง จึงไม่ได้บันทึก',
    details: { ...at, eventId: event.id, carriedHash: outcome.carriedHash, recomputedHash: outcome.recomputedHash },
  };
};
