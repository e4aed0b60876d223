import { distinctRefs, FindingDraft } from '../finding';
import { entitlementKeyOf } from '../view/audit-view';
import { livePayouts, paidPayout, samePayout } from '../view/view-queries';
import { BENEFIT_TH, thaiDate } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * The same person paid twice for the same benefit and event date (จ่ายสวัสดิการซ้ำซ้อน), in one fund
 * under two claims or in two funds where the person is a member of both (the same keyed citizen-ID
 * hash). Each later payout is paired with the first one still in effect; a reversed payout is no
 * longer money paid. Paying one claim twice is `payout-above-approved`'s business.
 */
const check = ({ before, after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.payout.made') return [];
  const key = { fundId: event.data.fundId, payoutId: event.data.payoutId };
  const paid = paidPayout(after, key);
  if (paid?.claim === undefined || paid.member === undefined) return [];
  const { claim, member } = paid;
  const entitlement = entitlementKeyOf(member.citizenIdHash, claim.benefit, claim.eventDate);
  const first = livePayouts(before, before.payoutsByEntitlement.get(entitlement))
    .find((other) => !samePayout({ fundId: other.fund.fundId, payoutId: other.payout.payoutId }, key)
      && !(other.fund.fundId === paid.fund.fundId && other.payout.claimId === claim.claimId));
  if (first === undefined) return [];
  const crossFund = first.fund.fundId !== paid.fund.fundId;
  return [{
    rule: 'red-flag.duplicate-payment',
    severity: 'high',
    summaryTh: `จ่ายสวัสดิการ${BENEFIT_TH[claim.benefit]}ซ้ำ: บุคคลเดียวกันได้รับเงินสำหรับเหตุวันที่ ${thaiDate(claim.eventDate)} สองครั้ง`
      + (crossFund ? ` จากกองทุน ${first.fund.fundId} และ ${paid.fund.fundId}` : ` ในกองทุน ${paid.fund.fundId}`),
    summary: `Duplicate ${claim.benefit} payment: the same person was paid twice for the event of ${claim.eventDate}`
      + (crossFund ? ` by funds ${first.fund.fundId} and ${paid.fund.fundId}` : ` by fund ${paid.fund.fundId}`),
    evidence: distinctRefs([
      first.member?.source, first.claim?.source, first.payout.source,
      member.source, claim.source, paid.payout.source,
    ]),
    details: {
      benefit: claim.benefit, eventDate: claim.eventDate, crossFund,
      firstFundId: first.fund.fundId, firstPayoutId: first.payout.payoutId, firstAmount: first.payout.amount.toJSON(),
      payoutId: paid.payout.payoutId, amount: paid.payout.amount.toJSON(),
    },
  }];
};

export const duplicatePayment: RedFlagRule = { id: 'red-flag.duplicate-payment', check };
