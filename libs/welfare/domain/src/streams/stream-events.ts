import { Event } from '../fund/fund.events';
import { CalendarDate, ContributionMonth } from '@kongthun/kernel';
import { FundingSource, Member } from '../fund/fund.state';
import { BenefitKind } from '../fund/fund-rules';

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

/** A claim as carried into a member's new year (amount as a decimal string). */
export type CarriedClaimData = {
  claimId: string;
  benefit: BenefitKind;
  eventDate: CalendarDate;
  hospitalNights: number | null;
  amount: string;
  amountWords: string;
  submittedBy: string;
  rulesVersion: number;
  status: 'submitted' | 'approved' | 'rejected' | 'paid';
  approverIds: string[];
  approvedOn: CalendarDate | null;
  payoutId: string | null;
};
/** A contribution as carried into a member's new year, so it can still be reversed or refused as a repeat. */
export type CarriedContributionData = {
  contributionId: string;
  amount: string;
  receivedOn: CalendarDate;
  periodFrom: ContributionMonth;
  periodTo: ContributionMonth;
  reversed: boolean;
};
/**
 * A member's fiscal year (BE) opened (README, "A member's years"): what the commands of the year need
 * from the years before, so that no command reads further back. `member` holds status, plan,
 * paid-through (the lapse rule's and arrears' input) and death; `claims` the claims still open and
 * those recent enough to count against a yearly cap or a waiting period; `contributions` those a
 * reversal or a repeated receipt may still name.
 */
export type MemberYearOpened = Event<
  'welfare.member.year-opened',
  {
    fundId: string;
    memberId: string;
    fiscalYear: number;
    member: Member;
    claims: CarriedClaimData[];
    contributions: CarriedContributionData[];
  }
>;
/** The ids a books record is named by, unique in the fund across its years. */
export type MoneyIdKind = 'payout' | 'matching' | 'spending';
/**
 * Which fiscal year's books hold the record named `id` (written after the books, with no revision
 * check: it only adds a fact). A command about that id reads that year's books, however old.
 */
export type MoneyIdRecorded = Event<'welfare.books.id-recorded', { fundId: string; kind: MoneyIdKind; id: string; fiscalYear: number }>;
/**
 * A contribution id taken, once for the fund's whole life: which member and which of their years hold
 * it (`welfare-ids-<fundId>-contribution-<id>`, appended `no-stream` before the member's year). The
 * member's year carries only two years of contributions; this entry refuses a reuse of any age, and
 * names the member a reversal reads.
 */
export type ContributionIdRecorded = Event<
  'welfare.member.contribution-id-recorded',
  { fundId: string; contributionId: string; memberId: string; fiscalYear: number }
>;
/** A member's year closed: fences the old stream, so a write that raced the opening conflicts instead of being lost. */
export type MemberYearClosed = Event<'welfare.member.year-closed', { fundId: string; memberId: string; fiscalYear: number }>;

export type StreamEvent =
  | BooksOpened
  | BooksClosed
  | MemberMoneyCredited
  | MemberMoneyDebited
  | RosterMemberListed
  | ClaimFiled
  | MemberYearOpened
  | MemberYearClosed
  | MoneyIdRecorded
  | ContributionIdRecorded;
