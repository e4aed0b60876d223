import { Money } from '@kongthun/kernel';
import { BenefitKind, FundRulesProposal, MatchingSource } from './fund-rules';
import { BeneficiaryData, CommitteeMemberData, ErasureGround, PayoutMethod } from './fund.events';

/**
 * Who acts and when. Deciders never read a clock or make an id: `now` and every id arrive here
 * or in the command's data.
 */
export type CommandMetadata = { now: string; actor: { userId: string; role: string } };
export type Command<Type extends string, Data> = { type: Type; data: Data; metadata: CommandMetadata };

/** Rules as a committee writes them; the administration cap defaults to 20 percent. */
export type RulesInput = Omit<FundRulesProposal, 'effectiveFrom' | 'adminCostCapPercent'> & { adminCostCapPercent?: number };

export type RegisterFund = Command<
  'RegisterFund',
  {
    fundId: string;
    name: string;
    areaCode: string;
    foundedOn: string;
    committee: CommitteeMemberData[];
    /** The founding rules (version 1), in force from `foundedOn`. */
    rules: RulesInput;
  }
>;
export type AdoptRules = Command<'AdoptRules', { rules: RulesInput; effectiveFrom: string; resolutionRef: string }>;
export type AppointCommitteeMember = Command<'AppointCommitteeMember', { member: CommitteeMemberData; appointedOn: string }>;
export type RemoveCommitteeMember = Command<'RemoveCommitteeMember', { userId: string; removedOn: string; reason: string }>;
export type DeclareRelation = Command<'DeclareRelation', { userId: string; memberId: string; relationship: string }>;

export type EnrolMember = Command<
  'EnrolMember',
  {
    memberId: string;
    /** HMAC of the citizen ID, computed by the service with `ThaiCitizenId#keyedHash`; never the digits. */
    citizenIdHash: string;
    /** Where the encrypted name, address and citizen ID are kept. */
    personalDataRef: string;
    planId: string;
    beneficiary: BeneficiaryData;
    enrolledOn: string;
    joiningFee: Money;
  }
>;
export type RecordContribution = Command<
  'RecordContribution',
  {
    contributionId: string;
    memberId: string;
    months: number;
    amount: Money;
    receivedOn: string;
    receiptRef: string;
  }
>;
/**
 * Run by a scheduled job (or the treasurer): ends the membership of everyone the lapse rule ends.
 * `memberIds`: the members to look at (the job's candidates from the member list); every member when absent.
 */
export type ApplyLapses = Command<'ApplyLapses', { memberIds?: string[] }>;
export type ResignMember = Command<'ResignMember', { memberId: string; resignedOn: string; reason: string }>;
export type RecordMemberDeath = Command<'RecordMemberDeath', { memberId: string; diedOn: string; evidenceRef: string }>;
/** Ordered by the committee chair, or by an administrator acting as the fund's data protection officer. */
export type ErasePersonalData = Command<'ErasePersonalData', { memberId: string; ground: ErasureGround; requestRef: string }>;

export type RecordMatchingFunds = Command<
  'RecordMatchingFunds',
  {
    matchingId: string;
    source: MatchingSource;
    sourceName: string;
    fiscalYear: number;
    amount: Money;
    receivedOn: string;
    documentRef: string;
    /** The amount in Thai words, where the source's letter states it: checked against the figures. */
    amountWords?: string | null;
  }
>;
export type GrantAdminOverride = Command<
  'GrantAdminOverride',
  {
    overrideId: string;
    amount: Money;
    purpose: string;
    resolutionRef: string;
    approverIds: string[];
  }
>;
export type RecordAdminSpending = Command<
  'RecordAdminSpending',
  {
    spendingId: string;
    amount: Money;
    purpose: string;
    spentOn: string;
    documentRef: string;
    overrideId: string | null;
  }
>;

export type SubmitClaim = Command<
  'SubmitClaim',
  {
    claimId: string;
    memberId: string;
    benefit: BenefitKind;
    eventDate: string;
    /** Nights in hospital, for a benefit paid per night; null otherwise. */
    hospitalNights: number | null;
    evidenceRefs: string[];
    /** The amount as written on the form, in figures (`1,200.00`) and in Thai words (`หนึ่งพันสองร้อยบาทถ้วน`). */
    amountFigures: string;
    amountWords: string;
  }
>;
/** The approver is the acting user: a committee member approves under their own login. */
export type ApproveClaim = Command<'ApproveClaim', { claimId: string }>;
export type RejectClaim = Command<'RejectClaim', { claimId: string; reason: string }>;
/** `payeeAccountHash`: the keyed hash the service made of the account or PromptPay id; null for cash. */
export type PayClaim = Command<
  'PayClaim',
  {
    payoutId: string;
    claimId: string;
    method: PayoutMethod;
    reference: string;
    paidOn: string;
    payeeAccountHash: string | null;
  }
>;
export type ReversePayout = Command<'ReversePayout', { reversalId: string; payoutId: string; reason: string; reversedOn: string }>;

/** Corrections of a mistaken record, naming it (กลับรายการ): a committee member's act, as for a payout. */
/**
 * `memberId`: whose stream holds the contribution (contributions live on their member's stream);
 * the command handler needs it, the decision does not (a one-stream fund finds it by id).
 */
export type ReverseContribution = Command<
  'ReverseContribution',
  { reversalId: string; memberId?: string; contributionId: string; reason: string; reversedOn: string }
>;
export type ReverseMatchingFunds = Command<
  'ReverseMatchingFunds',
  { reversalId: string; matchingId: string; reason: string; reversedOn: string }
>;
export type ReverseAdminSpending = Command<
  'ReverseAdminSpending',
  { reversalId: string; spendingId: string; reason: string; reversedOn: string }
>;

export type FundCommand =
  | RegisterFund
  | AdoptRules
  | AppointCommitteeMember
  | RemoveCommitteeMember
  | DeclareRelation
  | EnrolMember
  | RecordContribution
  | ApplyLapses
  | ResignMember
  | RecordMemberDeath
  | ErasePersonalData
  | RecordMatchingFunds
  | GrantAdminOverride
  | RecordAdminSpending
  | SubmitClaim
  | ApproveClaim
  | RejectClaim
  | PayClaim
  | ReversePayout
  | ReverseContribution
  | ReverseMatchingFunds
  | ReverseAdminSpending;
