import { CalendarDate, isBefore } from '@kongthun/kernel';
import { CommandMetadata } from './fund.commands';
import { Claim, RegisteredFund } from './fund.state';
import { refuse, requirePastDate } from './refusals';

/**
 * A date of the fund's own books: real, not after the day of the command, and not before the fund
 * was founded (a receipt dated 2020 for a fund founded in 2026 is a typo or a forgery, never a fact).
 */
export const requireFundDate = (date: string, field: string, fund: RegisteredFund, metadata: CommandMetadata): CalendarDate => {
  requirePastDate(date, field, metadata);
  if (isBefore(date, fund.foundedOn)) {
    throw refuse(
      'date.before-founding',
      `${field} ${date} is before the fund was founded (${fund.foundedOn})`,
      `วันที่ ${date} อยู่ก่อนวันก่อตั้งกองทุน (${fund.foundedOn})`,
      { field, date, foundedOn: fund.foundedOn },
    );
  }
  return date;
};

/** Money leaves only after the committee said yes: a payout dated before the last approval is refused. */
export const requireNotBeforeApproval = (paidOn: CalendarDate, claim: Claim): void => {
  // A state saved before approvals carried a date has none: nothing to compare with.
  if (claim.approvedOn && isBefore(paidOn, claim.approvedOn)) {
    throw refuse(
      'payout.before-approval',
      `paidOn ${paidOn} is before the claim was approved (${claim.approvedOn})`,
      `วันที่จ่าย ${paidOn} อยู่ก่อนวันที่อนุมัติคำขอ (${claim.approvedOn})`,
      { paidOn, approvedOn: claim.approvedOn },
    );
  }
};
