import { Event } from '../fund/fund.events';
import { FundingSource } from '../fund/fund.state';

/** Totals since founding, as decimal strings: what a year's books carry in and out. */
export type LedgerTotalsData = {
  receivedBySource: Record<FundingSource, string>;
  benefitsPaid: string;
  adminSpent: string;
  balance: string;
};

/**
 * A fiscal year's books opened (เปิดบัญชีปีงบประมาณ) with the totals the year before closed with.
 * `creditedThrough`: the log position member money was credited through; `overridesUsed`: the
 * administration overrides spent in earlier years, so that none is used twice.
 */
export type BooksOpened = Event<
  'welfare.books.opened',
  { fundId: string; fiscalYear: number; carried: LedgerTotalsData; creditedThrough: string | null; overridesUsed: string[] }
>;
/** The year's books closed (ปิดบัญชี): `totals` = the opened totals plus every movement of the year's stream. */
export type BooksClosed = Event<
  'welfare.books.closed',
  { fundId: string; fiscalYear: number; totals: LedgerTotalsData; creditedThrough: string | null; overridesUsed: string[] }
>;
/**
 * Member money (joining fees and contributions) recorded on member streams, credited to the books in
 * summary: `count` events of this fund in the log after `after` through `through`, summing `amount`.
 */
export type MemberMoneyCredited = Event<
  'welfare.books.member-money-credited',
  { fundId: string; fiscalYear: number; amount: string; count: number; after: string | null; through: string }
>;
/** A contribution reversal taken out of the books before it is recorded on the member: never overdrawing. */
export type MemberMoneyDebited = Event<
  'welfare.books.member-money-debited',
  { fundId: string; fiscalYear: number; reversalId: string; contributionId: string; memberId: string; amount: string }
>;
/** An enrolment listed in the fund's roster. */
export type RosterMemberListed = Event<'welfare.roster.member-listed', { fundId: string; memberId: string; citizenIdHash: string }>;
/** A claim id taken, naming the member whose stream holds the claim. */
export type ClaimFiled = Event<'welfare.claim.filed', { fundId: string; claimId: string; memberId: string }>;

export type StreamEvent = BooksOpened | BooksClosed | MemberMoneyCredited | MemberMoneyDebited | RosterMemberListed | ClaimFiled;
