import { Money } from '@kongthun/kernel';
import {
  AdminSpendingRecorded, BenefitKind, ClaimApprovalRecorded, ClaimApproved, ClaimSubmitted, PayoutMade,
} from '@kongthun/welfare-domain';
import { TREASURER } from './welfare-history';

/*
 * Events written as a bypassed or buggy service would write them: no decider checked them.
 * The auditor must catch exactly these.
 */

export const claimSubmitted = (
  fundId: string, claimId: string, memberId: string, benefit: BenefitKind, eventDate: string, amount: string,
  options: { hospitalNights?: number; words?: string; rulesVersion?: number } = {},
): ClaimSubmitted => ({
  type: 'welfare.claim.submitted',
  data: {
    fundId, claimId, memberId, benefit, eventDate, hospitalNights: options.hospitalNights ?? null, evidenceRefs: [`ev-${claimId}`],
    amount, amountWords: options.words ?? Money.fromJSON(amount).toThaiWords(), submittedBy: TREASURER, rulesVersion: options.rulesVersion ?? 1,
  },
});

export const approvalRecorded = (fundId: string, claimId: string, approverId: string): ClaimApprovalRecorded => ({
  type: 'welfare.claim.approval-recorded',
  data: { fundId, claimId, approverId, approvedAt: '2024-01-01T00:00:00.000Z' },
});

export const claimApproved = (fundId: string, claimId: string, amount: string, approverIds: string[], rulesVersion = 1): ClaimApproved => ({
  type: 'welfare.claim.approved',
  data: {
    fundId, claimId, amount, approverIds, approvalsRequired: 2, rulesVersion, memberId: 'm-unknown', recipientCitizenIdHash: '', memberSince: '2020-01-01',
    benefit: 'sickness', eventDate: '2020-01-01', amountWords: '', approvers: approverIds.map((userId) => ({ userId, citizenIdHash: null })),
  },
});

export const payoutMade = (fundId: string, payoutId: string, claimId: string, memberId: string, amount: string, paidOn: string): PayoutMade => ({
  type: 'welfare.payout.made',
  data: {
    fundId, payoutId, claimId, memberId, amount, method: 'cash', reference: `RC-${payoutId}`, paidOn, payeeAccountHash: null,
    recipientCitizenIdHash: '', memberSince: '2020-01-01', benefit: 'sickness', eventDate: '2020-01-01', approvers: [], rulesVersion: 1,
  },
});

export const adminSpendingRecorded = (fundId: string, spendingId: string, amount: string, spentOn: string, overrideId: string | null = null): AdminSpendingRecorded => ({
  type: 'welfare.admin-spending.recorded',
  data: { fundId, spendingId, amount, purpose: 'ค่าเดินทาง', spentOn, documentRef: `DOC-${spendingId}`, overrideId, rulesVersion: 1 },
});
