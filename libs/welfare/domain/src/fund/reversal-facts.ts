import { CalendarDate } from '@kongthun/kernel';
import { CommandMetadata } from './fund.commands';
import { RegisteredFund } from './fund.state';
import { refuse, requireCommitteeMember, requirePastDate, requireText } from './refusals';

/** What can be reversed besides a payout, and each one's refusal codes, spelt out so the status table can find them. */
const CODES = {
  contribution: {
    reasonRequired: 'contribution.reason-required',
    alreadyReversed: 'contribution.already-reversed',
    notFound: 'contribution.not-found',
  },
  'matching-funds': {
    reasonRequired: 'matching-funds.reason-required',
    alreadyReversed: 'matching-funds.already-reversed',
    notFound: 'matching-funds.not-found',
  },
  'admin-spending': {
    reasonRequired: 'admin-spending.reason-required',
    alreadyReversed: 'admin-spending.already-reversed',
    notFound: 'admin-spending.not-found',
  },
} as const;
export type ReversedRecord = keyof typeof CODES;

/**
 * What every reversal (กลับรายการ) checks, as a payout reversal does: a committee member acts, not
 * after today, with a reason an auditor can read.
 */
export const reversalFacts = (
  fund: RegisteredFund,
  data: { reason: string; reversedOn: string },
  metadata: CommandMetadata,
  code: ReversedRecord,
): { reason: string; reversedOn: CalendarDate } => {
  requireCommitteeMember(fund, metadata.actor.userId);
  const reversedOn = requirePastDate(data.reversedOn, 'reversedOn', metadata);
  return { reason: requireText(data.reason, CODES[code].reasonRequired, 'A reason', 'เหตุผลการกลับรายการ'), reversedOn };
};

export const alreadyReversed = (code: ReversedRecord, id: string) =>
  refuse(CODES[code].alreadyReversed, `${id} is already reversed`, 'รายการนี้ถูกกลับรายการแล้ว', { id });

export const notRecorded = (code: ReversedRecord, id: string) =>
  refuse(CODES[code].notFound, `No record ${id}`, 'ไม่พบรายการที่จะกลับรายการ', { id });
