import { CalendarDate } from '../calendar/calendar-date';
import { CommandMetadata } from './fund.commands';
import { RegisteredFund } from './fund.state';
import { refuse, requireCommitteeMember, requirePastDate, requireText } from './refusals';

/**
 * What every reversal (กลับรายการ) checks, as a payout reversal does: a committee member acts, not
 * after today, with a reason an auditor can read.
 */
export const reversalFacts = (fund: RegisteredFund, data: { reason: string; reversedOn: string }, metadata: CommandMetadata, code: string): { reason: string; reversedOn: CalendarDate } => {
  requireCommitteeMember(fund, metadata.actor.userId);
  const reversedOn = requirePastDate(data.reversedOn, 'reversedOn', metadata);
  return { reason: requireText(data.reason, `${code}.reason-required`, 'A reason', 'เหตุผลการกลับรายการ'), reversedOn };
};

export const alreadyReversed = (code: string, id: string) =>
  refuse(`${code}.already-reversed`, `${id} is already reversed`, 'รายการนี้ถูกกลับรายการแล้ว', { id });

export const notRecorded = (code: string, id: string) =>
  refuse(`${code}.not-found`, `No record ${id}`, 'ไม่พบรายการที่จะกลับรายการ', { id });
