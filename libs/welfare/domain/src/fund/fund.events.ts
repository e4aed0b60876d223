import { BenefitKind, MatchingSource } from './fund-rules';
import { FundRulesData } from './fund-rules.data';
import type { StreamEvent } from '../streams/stream-events';

/**
 * Events of one welfare fund's stream. `type` is the stored name, never a class name; `data` is
 * JSON only: money as decimal strings (`Money#toJSON`), dates as ISO `YYYY-MM-DD` (Bangkok
 * calendar date), instants as ISO with a zone. No name, phone or citizen ID in clear text: people
 * appear as a keyed hash (`citizenIdHash`) and a reference to encrypted personal data.
 */
export type Event<Type extends string, Data> = { type: Type; data: Data };

export type CommitteeRole = 'chair' | 'treasurer' | 'member';
/** A committee member (กรรมการกองทุน), who acts under their own login `userId`. */
export type CommitteeMemberData = { userId: string; role: CommitteeRole; citizenIdHash: string; personalDataRef: string };
/** Who receives the death benefit (ผู้รับผลประโยชน์). */
export type BeneficiaryData = { personalDataRef: string; citizenIdHash: string | null; relationship: string };
export type PayoutMethod = 'cash' | 'bank-transfer' | 'promptpay';
/** A committee member who approved, with their keyed hash so that approving oneself shows up across funds. */
export type ApproverData = { userId: string; citizenIdHash: string | null };

export type FundRegistered = Event<
  'welfare.fund.registered',
  {
    fundId: string;
    name: string;
    areaCode: string;
    foundedOn: string;
    committee: CommitteeMemberData[];
    rules: FundRulesData;
  }
>;
export type RulesAdopted = Event<'welfare.rules.adopted', { fundId: string; rules: FundRulesData; resolutionRef: string }>;
export type CommitteeMemberAppointed = Event<
  'welfare.committee.member-appointed',
  {
    fundId: string;
    member: CommitteeMemberData;
    appointedOn: string;
  }
>;
export type CommitteeMemberRemoved = Event<
  'welfare.committee.member-removed',
  {
    fundId: string;
    userId: string;
    removedOn: string;
    reason: string;
  }
>;
/** A committee member is related to a member (เป็นญาติ/มีส่วนได้เสีย): they may not approve that member's claims. */
export type RelationDeclared = Event<
  'welfare.committee.relation-declared',
  {
    fundId: string;
    userId: string;
    memberId: string;
    relationship: string;
  }
>;

export type MemberEnrolled = Event<
  'welfare.member.enrolled',
  {
    fundId: string;
    memberId: string;
    citizenIdHash: string;
    personalDataRef: string;
    planId: string;
    beneficiary: BeneficiaryData;
    enrolledOn: string;
    joiningFee: string;
    rulesVersion: number;
  }
>;
export type MemberLapsed = Event<
  'welfare.member.lapsed',
  {
    fundId: string;
    memberId: string;
    lapsedOn: string;
    missedMonths: number;
    paidThrough: string | null;
    rulesVersion: number;
  }
>;
export type MemberResigned = Event<'welfare.member.resigned', { fundId: string; memberId: string; resignedOn: string; reason: string }>;
export type MemberDied = Event<'welfare.member.died', { fundId: string; memberId: string; diedOn: string; evidenceRef: string }>;
/** Why personal data is erased under the PDPA (ลบข้อมูลส่วนบุคคล). */
export const ERASURE_GROUNDS = ['data-subject-request', 'consent-withdrawn', 'retention-ended'] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];
/**
 * The member's personal data was crypto-shredded: its data key is deleted, so the encrypted name,
 * phone and citizen ID can no longer be read. History stays as it was; `citizenIdHash` remains for
 * matching. `requestRef` names the erasure request (คำร้องขอลบข้อมูล), never its content.
 */
export type MemberPersonalDataErased = Event<
  'welfare.member.personal-data-erased',
  {
    fundId: string;
    memberId: string;
    personalDataRef: string;
    ground: ErasureGround;
    requestRef: string;
    erasedAt: string;
  }
>;

/** Member contributions (เงินสัจจะ) for `months` consecutive months from `periodFrom` (`YYYY-MM`). */
export type ContributionRecorded = Event<
  'welfare.contribution.recorded',
  {
    fundId: string;
    contributionId: string;
    memberId: string;
    periodFrom: string;
    periodTo: string;
    months: number;
    amount: string;
    receivedOn: string;
    receiptRef: string;
    arrearsMonths: number;
    rulesVersion: number;
  }
>;
/** Matching money (เงินสมทบ) from CODI, local government or another source, for a fiscal year (BE). */
export type MatchingFundsReceived = Event<
  'welfare.matching-funds.received',
  {
    fundId: string;
    matchingId: string;
    source: MatchingSource;
    sourceName: string;
    fiscalYear: number;
    amount: string;
    receivedOn: string;
    documentRef: string;
    /** The amount in Thai words as the source's letter states it; null where the document has figures only. */
    amountWords: string | null;
  }
>;
/** A committee resolution allowing one administration spending over the cap. */
export type AdminOverrideGranted = Event<
  'welfare.admin-override.granted',
  {
    fundId: string;
    overrideId: string;
    amount: string;
    purpose: string;
    resolutionRef: string;
    approverIds: string[];
    rulesVersion: number;
  }
>;
export type AdminSpendingRecorded = Event<
  'welfare.admin-spending.recorded',
  {
    fundId: string;
    spendingId: string;
    amount: string;
    purpose: string;
    spentOn: string;
    documentRef: string;
    overrideId: string | null;
    rulesVersion: number;
  }
>;

export type ClaimSubmitted = Event<
  'welfare.claim.submitted',
  {
    fundId: string;
    claimId: string;
    memberId: string;
    benefit: BenefitKind;
    eventDate: string;
    hospitalNights: number | null;
    evidenceRefs: string[];
    amount: string;
    amountWords: string;
    submittedBy: string;
    rulesVersion: number;
  }
>;
/** One committee member's approval; the claim is approved once enough distinct members gave theirs. */
export type ClaimApprovalRecorded = Event<
  'welfare.claim.approval-recorded',
  {
    fundId: string;
    claimId: string;
    approverId: string;
    approvedAt: string;
  }
>;
/**
 * The claim is approved: an amount committed to a person. It carries the facts the decision rested
 * on (who, which benefit, which event, who approved) so that the money contract can be published
 * from this event alone.
 */
export type ClaimApproved = Event<
  'welfare.claim.approved',
  {
    fundId: string;
    claimId: string;
    amount: string;
    approverIds: string[];
    approvalsRequired: number;
    rulesVersion: number;
    memberId: string;
    recipientCitizenIdHash: string;
    memberSince: string;
    benefit: BenefitKind;
    eventDate: string;
    amountWords: string;
    approvers: ApproverData[];
  }
>;
export type ClaimRejected = Event<'welfare.claim.rejected', { fundId: string; claimId: string; rejectedBy: string; reason: string }>;
/**
 * `reference`: receipt number, bank or PromptPay transaction reference; never an account number.
 * `payeeAccountHash`: keyed hash of the account or PromptPay id paid into (null for cash), so that
 * one account paying many people can be found without storing the account.
 */
export type PayoutMade = Event<
  'welfare.payout.made',
  {
    fundId: string;
    payoutId: string;
    claimId: string;
    memberId: string;
    amount: string;
    method: PayoutMethod;
    reference: string;
    paidOn: string;
    payeeAccountHash: string | null;
    recipientCitizenIdHash: string;
    memberSince: string;
    benefit: BenefitKind;
    eventDate: string;
    approvers: ApproverData[];
    rulesVersion: number;
  }
>;
export type PayoutReversed = Event<
  'welfare.payout.reversed',
  {
    fundId: string;
    reversalId: string;
    payoutId: string;
    claimId: string;
    amount: string;
    reason: string;
    reversedOn: string;
  }
>;

/**
 * A mistaken record undone (กลับรายการ) by a new event naming it; nothing is edited or deleted.
 * A contribution reversal carries the month the member is paid through after it.
 */
export type ContributionReversed = Event<
  'welfare.contribution.reversed',
  {
    fundId: string;
    reversalId: string;
    contributionId: string;
    memberId: string;
    amount: string;
    receivedOn: string;
    periodFrom: string;
    periodTo: string;
    paidThrough: string | null;
    reason: string;
    reversedOn: string;
  }
>;
export type MatchingFundsReversed = Event<
  'welfare.matching-funds.reversed',
  {
    fundId: string;
    reversalId: string;
    matchingId: string;
    source: MatchingSource;
    fiscalYear: number;
    amount: string;
    reason: string;
    reversedOn: string;
  }
>;
export type AdminSpendingReversed = Event<
  'welfare.admin-spending.reversed',
  {
    fundId: string;
    reversalId: string;
    spendingId: string;
    amount: string;
    overrideId: string | null;
    reason: string;
    reversedOn: string;
  }
>;

export type FundEvent =
  | FundRegistered
  | RulesAdopted
  | CommitteeMemberAppointed
  | CommitteeMemberRemoved
  | RelationDeclared
  | MemberEnrolled
  | MemberLapsed
  | MemberResigned
  | MemberDied
  | MemberPersonalDataErased
  | ContributionRecorded
  | MatchingFundsReceived
  | AdminOverrideGranted
  | AdminSpendingRecorded
  | ClaimSubmitted
  | ClaimApprovalRecorded
  | ClaimApproved
  | ClaimRejected
  | PayoutMade
  | PayoutReversed
  | ContributionReversed
  | MatchingFundsReversed
  | AdminSpendingReversed
  | StreamEvent;

export type FundEventType = FundEvent['type'];

/** Every stored type name of the fund stream, for codecs and topic filters (schema version 1). */
export const FUND_EVENT_TYPES = [
  'welfare.fund.registered',
  'welfare.rules.adopted',
  'welfare.committee.member-appointed',
  'welfare.committee.member-removed',
  'welfare.committee.relation-declared',
  'welfare.member.enrolled',
  'welfare.member.lapsed',
  'welfare.member.resigned',
  'welfare.member.died',
  'welfare.member.personal-data-erased',
  'welfare.contribution.recorded',
  'welfare.matching-funds.received',
  'welfare.admin-override.granted',
  'welfare.admin-spending.recorded',
  'welfare.claim.submitted',
  'welfare.claim.approval-recorded',
  'welfare.claim.approved',
  'welfare.claim.rejected',
  'welfare.payout.made',
  'welfare.payout.reversed',
  'welfare.contribution.reversed',
  'welfare.matching-funds.reversed',
  'welfare.admin-spending.reversed',
] as const satisfies readonly FundEventType[];

/** The bookkeeping of the split streams (books, roster, claim index): no business fact of their own. */
export const STREAM_EVENT_TYPES = [
  'welfare.books.opened',
  'welfare.books.closed',
  'welfare.books.member-money-credited',
  'welfare.books.member-money-debited',
  'welfare.roster.member-listed',
  'welfare.claim.filed',
  'welfare.member.year-opened',
  'welfare.member.year-closed',
  'welfare.books.id-recorded',
  'welfare.member.contribution-id-recorded',
] as const satisfies readonly FundEventType[];

const KNOWN_TYPES: readonly string[] = [...FUND_EVENT_TYPES, ...STREAM_EVENT_TYPES];
export const isFundEventType = (type: string): type is FundEventType => KNOWN_TYPES.includes(type);

/** The fund's governance stream (see streams/stream-ids). */
export const fundStreamId = (fundId: string): string => `welfare-fund-${fundId}`;

// Fails to compile when an event joins the union but not the list above.
const _everyTypeListed: [Exclude<FundEventType, (typeof FUND_EVENT_TYPES)[number] | (typeof STREAM_EVENT_TYPES)[number]>] extends [never]
  ? true
  : false = true;
