import { FindingDraft } from '../finding';
import { AuditView, PayoutKey } from '../view/audit-view';
import { PaidPayout, paidPayout } from '../view/view-queries';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/** The first payout to each distinct person (by citizen-ID hash), in the order paid. */
const firstPayoutPerPerson = (view: AuditView, keys: readonly PayoutKey[] | undefined): PaidPayout[] => {
  const seen = new Set<string>();
  const firsts: PaidPayout[] = [];
  for (const key of keys ?? []) {
    const paid = paidPayout(view, key);
    const person = paid?.member?.citizenIdHash;
    if (paid === undefined || person === undefined || seen.has(person)) continue;
    seen.add(person);
    firsts.push(paid);
  }
  return firsts;
};

/**
 * One bank or PromptPay account receiving for many different people (บัญชีเดียวรับเงินแทนหลายคน),
 * the mark of borrowed or ghost identities. Raised once per account, when the count of distinct
 * people reaches the threshold; a reversal does not undo the link between account and person.
 * Needs payout events that carry `payeeAccountHash`.
 */
const check = ({ before, after, audited, config }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.payout.made') return [];
  const account = after.funds.get(event.data.fundId)?.payouts.get(event.data.payoutId)?.accountHash ?? null;
  if (account === null) return [];
  const threshold = config.sharedAccount.minDistinctMembers;
  const people = firstPayoutPerPerson(after, after.payoutsByAccount.get(account));
  if (people.length < threshold || firstPayoutPerPerson(before, before.payoutsByAccount.get(account)).length >= threshold) return [];
  const funds = [...new Set(people.map((paid) => paid.fund.fundId))];
  return [{
    rule: 'red-flag.shared-payee-account',
    severity: 'medium',
    summaryTh: `บัญชีรับเงินเดียวกันได้รับเงินสวัสดิการแทนสมาชิก ${people.length} คน (เกณฑ์ ${threshold} คน)`,
    summary: `One payee account received benefits for ${people.length} different people (threshold ${threshold})`,
    evidence: people.map((paid) => paid.payout.source),
    details: { accountHash: account, distinctPeople: people.length, threshold, funds: funds.join(',') },
  }];
};

export const sharedPayeeAccount: RedFlagRule = { id: 'red-flag.shared-payee-account', check };
