import { MoneyMessageOf } from '@kongthun/money-contract';
import { distinctEvidence, FindingDraft } from '../finding';
import { Evidence, evidenceOf } from '../state/evidence';
import { keyOf, RelationRecord } from '../state/red-flag-state';
import { tableGet } from '../state/sharded-table';
import { RedFlagRule, RuleContext } from './red-flag-rule';

type Decision = MoneyMessageOf<'money.commitment.made'> | MoneyMessageOf<'money.disbursement.made'>;

const draft = (
  kind: 'self' | 'related',
  approverId: string,
  recipientReference: string,
  evidence: (Evidence | undefined)[],
  areaCode: string | null,
  relationship: string | null,
): FindingDraft => ({
  rule: 'red-flag.conflicted-approver',
  severity: 'high',
  areaCode,
  summaryTh:
    kind === 'self'
      ? `ผู้อนุมัติ ${approverId} อนุมัติเงินให้ตนเอง (ผู้รับ ${recipientReference})`
      : `ผู้อนุมัติ ${approverId} มีส่วนได้เสียกับผู้รับ ${recipientReference} (${relationship}) แต่ร่วมอนุมัติ`,
  summary:
    kind === 'self'
      ? `Approver ${approverId} approved money for themselves (recipient ${recipientReference})`
      : `Approver ${approverId}, declared related to recipient ${recipientReference} (${relationship}), approved them`,
  evidence: distinctEvidence(evidence),
  details: {
    conflict: kind,
    approverId,
    recipientReference,
    relationship,
    thresholdName: kind === 'self' ? 'approver.citizenIdHash = recipient.citizenIdHash' : 'money.relation.declared',
    thresholdValue: null,
    moneyMessageIds: evidence.flatMap((ref) => (ref === undefined ? [] : [ref.messageId])),
  },
});

const relatedTo = (relation: RelationRecord, approverId: string, approverHash: string | null): boolean =>
  relation.approverId === approverId || (approverHash !== null && relation.approverCitizenIdHash === approverHash);

const onDecision = (context: RuleContext, message: Decision): FindingDraft[] => {
  const { recipient, approvers } = message.data;
  if (recipient === null) return [];
  const areaCode = message.type === 'money.disbursement.made' ? message.data.areaCode : null;
  const relations = tableGet(context.before.relations, keyOf(message.programme, message.unitId, recipient.reference)) ?? [];
  return approvers.flatMap((approver) => {
    if (approver.citizenIdHash !== null && approver.citizenIdHash === recipient.citizenIdHash) {
      return [draft('self', approver.userId, recipient.reference, [evidenceOf(message)], areaCode, null)];
    }
    const relation = relations.find((candidate) => relatedTo(candidate, approver.userId, approver.citizenIdHash));
    return relation === undefined
      ? []
      : [draft('related', approver.userId, recipient.reference, [relation.evidence, evidenceOf(message)], areaCode, relation.relationship)];
  });
};

/**
 * An approver who is the recipient (same keyed citizen-ID hash) or declared related to them
 * (ผู้อนุมัติมีส่วนได้เสีย); a relation declared after the approval still finds it.
 */
const check = (context: RuleContext): FindingDraft[] => {
  const { message, before } = context;
  if (message.type === 'money.commitment.made' || message.type === 'money.disbursement.made') return onDecision(context, message);
  if (message.type !== 'money.relation.declared') return [];
  const { data } = message;
  const relation: RelationRecord = {
    approverId: data.approverId,
    approverCitizenIdHash: data.approverCitizenIdHash,
    relationship: data.relationship,
    evidence: evidenceOf(message),
  };
  return (tableGet(before.approvals, keyOf(message.programme, message.unitId, data.recipientReference)) ?? [])
    .filter(
      (approval) =>
        approval.approverIds.includes(data.approverId) ||
        (data.approverCitizenIdHash !== null && approval.approverHashes.includes(data.approverCitizenIdHash)),
    )
    .map((approval) =>
      draft('related', data.approverId, data.recipientReference, [relation.evidence, approval.evidence], null, data.relationship),
    );
};

export const conflictedApprover: RedFlagRule = { name: 'conflicted-approver', check };
