import { CalendarDate, isBefore } from '@kongthun/welfare-domain';
import { AuditView, ClaimView, FundView, MemberView, PayoutKey, PayoutView, RulesVersionView } from './audit-view';

/** The rules version in force on a date (ระเบียบที่ใช้บังคับ): the latest that started on or before it. */
export const rulesVersionOn = (fund: FundView, date: CalendarDate): RulesVersionView | undefined => {
  let inForce: RulesVersionView | undefined;
  for (const version of fund.rules) if (!isBefore(date, version.rules.effectiveFrom)) inForce = version;
  return inForce;
};

export const rulesVersionNumbered = (fund: FundView, version: number): RulesVersionView | undefined =>
  fund.rules.find((candidate) => candidate.rules.version === version);

export interface PaidPayout {
  fund: FundView;
  payout: PayoutView;
  claim: ClaimView | undefined;
  member: MemberView | undefined;
}

/** A payout with the claim and member it was for, as far as the ledger has told us. */
export const paidPayout = (view: AuditView, key: PayoutKey): PaidPayout | undefined => {
  const fund = view.funds.get(key.fundId);
  const payout = fund?.payouts.get(key.payoutId);
  if (fund === undefined || payout === undefined) return undefined;
  const claim = fund.claims.get(payout.claimId);
  return { fund, payout, claim, member: fund.members.get(claim?.memberId ?? payout.memberId) };
};

/** Payouts of a key still in effect (not reversed), oldest first. */
export const livePayouts = (view: AuditView, keys: readonly PayoutKey[] | undefined): PaidPayout[] =>
  (keys ?? []).map((key) => paidPayout(view, key)).filter((paid): paid is PaidPayout => paid !== undefined && !paid.payout.reversed);

export const samePayout = (a: PayoutKey, b: PayoutKey): boolean => a.fundId === b.fundId && a.payoutId === b.payoutId;
