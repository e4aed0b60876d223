import { distinctRefs, FindingDraft } from '../finding';
import { ClaimView, FundView, MemberView, relationKeyOf } from '../view/audit-view';
import { EventRef } from '../welfare-envelope';
import { BENEFIT_TH } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/** `claimant`: the approver is the member; `beneficiary`: they receive the death benefit; `related`: declared related. */
type Conflict = { kind: 'claimant' | 'beneficiary' | 'related'; shownBy: EventRef };

const KIND_TH = { claimant: 'เป็นผู้ขอรับสวัสดิการเอง', beneficiary: 'เป็นผู้รับผลประโยชน์', related: 'เป็นญาติหรือผู้มีส่วนได้เสียตามที่แจ้งไว้' } as const;
const KIND_EN = { claimant: 'is the claimant', beneficiary: 'is the death beneficiary', related: 'was declared related to the member' } as const;

const conflictOf = (fund: FundView, claim: ClaimView, member: MemberView, approverId: string): Conflict | null => {
  const seat = fund.committee.get(approverId);
  if (seat !== undefined && seat.citizenIdHash === member.citizenIdHash) return { kind: 'claimant', shownBy: seat.source };
  if (seat !== undefined && claim.benefit === 'death' && seat.citizenIdHash === member.beneficiaryHash) return { kind: 'beneficiary', shownBy: seat.source };
  const relation = fund.relations.get(relationKeyOf(approverId, member.memberId));
  return relation === undefined ? null : { kind: 'related', shownBy: relation };
};

const draft = (fund: FundView, claim: ClaimView, member: MemberView, approverId: string, approval: EventRef): FindingDraft[] => {
  const conflict = conflictOf(fund, claim, member, approverId);
  if (conflict === null) return [];
  return [{
    rule: 'red-flag.conflicted-approver',
    severity: 'high',
    summaryTh: `กรรมการ ${approverId} อนุมัติคำขอสวัสดิการ${BENEFIT_TH[claim.benefit]} ${claim.claimId} ทั้งที่${KIND_TH[conflict.kind]} (ผลประโยชน์ทับซ้อน)`,
    summary: `Committee member ${approverId} approved ${claim.benefit} claim ${claim.claimId} but ${KIND_EN[conflict.kind]} (conflict of interest)`,
    // Same evidence whichever event reveals the conflict, so approval-then-relation and relation-then-approval give one finding.
    evidence: distinctRefs([member.source, conflict.shownBy, claim.source, approval]),
    details: { claimId: claim.claimId, memberId: member.memberId, approverId, conflict: conflict.kind },
  }];
};

/** Approvals of a claim with the event that records each; an approver named only in `claim.approved` cites that event. */
const approvalsOf = (claim: ClaimView): { approverId: string; source: EventRef }[] => {
  const recorded = claim.approvals.map(({ approverId, source }) => ({ approverId, source }));
  const named = claim.approved === null ? [] : claim.approved.approverIds
    .filter((approverId) => !claim.approvals.some((approval) => approval.approverId === approverId))
    .map((approverId) => ({ approverId, source: (claim.approved as NonNullable<ClaimView['approved']>).source }));
  return [...recorded, ...named];
};

/**
 * An approver with a conflict of interest (ผู้อนุมัติมีส่วนได้เสีย): the claimant themself, the death
 * beneficiary, or a committee member declared related to the member. Raised when the approval is
 * recorded, when an approval names an approver with no approval of their own (a bypass), and when
 * a relation is declared after the fact, for the approvals it taints.
 */
const check = ({ after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  const fund = after.funds.get(event.data.fundId);
  if (fund === undefined) return [];
  const claimAndMember = (claimId: string): [ClaimView, MemberView] | undefined => {
    const claim = fund.claims.get(claimId);
    const member = claim === undefined ? undefined : fund.members.get(claim.memberId);
    return claim === undefined || member === undefined ? undefined : [claim, member];
  };
  switch (event.type) {
    case 'welfare.claim.approval-recorded': {
      const found = claimAndMember(event.data.claimId);
      return found === undefined ? [] : draft(fund, ...found, event.data.approverId, audited.ref);
    }
    case 'welfare.claim.approved': {
      const found = claimAndMember(event.data.claimId);
      if (found === undefined) return [];
      return approvalsOf(found[0]).filter((a) => a.source.eventId === audited.ref.eventId).flatMap((a) => draft(fund, ...found, a.approverId, a.source));
    }
    case 'welfare.committee.relation-declared': {
      const member = fund.members.get(event.data.memberId);
      if (member === undefined) return [];
      return member.claimIds.flatMap((claimId) => {
        const claim = fund.claims.get(claimId);
        if (claim === undefined) return [];
        return approvalsOf(claim).filter((a) => a.approverId === event.data.userId).flatMap((a) => draft(fund, claim, member, a.approverId, a.source));
      });
    }
    default:
      return [];
  }
};

export const conflictedApprover: RedFlagRule = { id: 'red-flag.conflicted-approver', check };
