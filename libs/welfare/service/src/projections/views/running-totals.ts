import { Money } from '@kongthun/kernel';
import { ViewEvent } from '../view-events';

/** `amount` plus `change`, both decimal strings as documents keep money. */
export const plus = (amount: string, change: string): string => Money.fromJSON(amount).plus(Money.fromJSON(change)).toJSON();

export const minus = (amount: string, change: string): string => Money.fromJSON(amount).minus(Money.fromJSON(change)).toJSON();

/** Counts by status as the views serve them: a status nobody has is not listed. */
export const moveCount = (counts: Record<string, number>, from: string | undefined, to: string): Record<string, number> => {
  const next = { ...counts, [to]: (counts[to] ?? 0) + 1 };
  if (from !== undefined) {
    next[from] -= 1;
    if (next[from] === 0) delete next[from];
  }
  return next;
};

const negated = (amount: string): string => Money.fromJSON(amount).negated().toJSON();

/** The change of the fund's balance an event makes, or undefined when it moves no money. */
export const balanceChange = (event: ViewEvent): string | undefined => {
  switch (event.type) {
    case 'welfare.member.enrolled':
      return event.data.joiningFee;
    case 'welfare.contribution.recorded':
    case 'welfare.matching-funds.received':
    case 'welfare.admin-spending.reversed':
    case 'welfare.payout.reversed':
      return event.data.amount;
    case 'welfare.contribution.reversed':
    case 'welfare.matching-funds.reversed':
    case 'welfare.admin-spending.recorded':
    case 'welfare.payout.made':
      return negated(event.data.amount);
    default:
      return undefined;
  }
};

/** The member status a status event moves to. */
export const STATUS_AFTER: Readonly<Record<string, string>> = {
  'welfare.member.enrolled': 'active',
  'welfare.member.lapsed': 'lapsed',
  'welfare.member.resigned': 'resigned',
  'welfare.member.died': 'deceased',
};

/** The claim status a claim event moves from and to: each is allowed from one status only. */
export const CLAIM_STATUS_MOVE: Readonly<Record<string, { from?: string; to: string }>> = {
  'welfare.claim.submitted': { to: 'submitted' },
  'welfare.claim.approved': { from: 'submitted', to: 'approved' },
  'welfare.claim.rejected': { from: 'submitted', to: 'rejected' },
  'welfare.payout.made': { from: 'approved', to: 'paid' },
  'welfare.payout.reversed': { from: 'paid', to: 'approved' },
};
