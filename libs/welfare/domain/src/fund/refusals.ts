import { calendarDate, CalendarDate, dateOfInstant, isBefore } from '@kongthun/kernel';
import { DomainError, Money } from '@kongthun/kernel';
import { CommandMetadata } from './fund.commands';
import { CommitteeMemberData } from './fund.events';
import { Claim, FundState, Member, RegisteredFund } from './fund.state';

/** A refusal in English and Thai; the HTTP layer shows both, clients match on `code`. */
export const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>): DomainError =>
  new DomainError(code, message, { messageTh, ...(details === undefined ? {} : { details }) });

export const requireRegistered = (state: FundState): RegisteredFund => {
  if (state.status !== 'Registered') throw refuse('fund.not-registered', 'The fund is not registered', 'ยังไม่ได้จดทะเบียนกองทุน');
  return state;
};

export const requireMember = (state: RegisteredFund, memberId: string): Member => {
  const member = state.members.get(memberId);
  if (member === undefined) throw refuse('member.not-found', `No member ${memberId}`, 'ไม่พบสมาชิก', { memberId });
  return member;
};

export const requireCommitteeMember = (state: RegisteredFund, userId: string, code = 'committee.not-a-member'): CommitteeMemberData => {
  const member = state.committee.get(userId);
  if (member === undefined) throw refuse(code, `${userId} is not on the fund committee`, 'ผู้ใช้นี้ไม่ใช่กรรมการกองทุน', { userId });
  return member;
};

export const requireClaim = (state: RegisteredFund, claimId: string): Claim => {
  const claim = state.claims.get(claimId);
  if (claim === undefined) throw refuse('claim.not-found', `No claim ${claimId}`, 'ไม่พบคำขอรับสวัสดิการ', { claimId });
  return claim;
};

/** Non-blank text, e.g. a document reference an auditor will look for. */
export const requireText = (value: string, code: string, what: string, whatTh: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw refuse(code, `${what} is required`, `ต้องระบุ${whatTh}`);
  return value.trim();
};

export const requirePositive = (amount: Money, code: string): Money => {
  if (amount.isNegative() || amount.isZero()) {
    throw refuse(code, 'Amount must be more than zero', 'จำนวนเงินต้องมากกว่าศูนย์', { amount: amount.toJSON() });
  }
  return amount;
};

/** The Bangkok date of the command: the day the decision is made. */
export const todayOf = (metadata: CommandMetadata): CalendarDate => dateOfInstant(metadata.now);

/** A real date that is not after the day of the command. */
export const requirePastDate = (date: string, field: string, metadata: CommandMetadata): CalendarDate => {
  calendarDate(date, field);
  const today = todayOf(metadata);
  if (isBefore(today, date)) {
    throw refuse('date.in-future', `${field} ${date} is after today (${today})`, `วันที่ ${date} อยู่ในอนาคต`, { field, date, today });
  }
  return date;
};
