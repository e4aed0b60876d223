import { CalendarDate, ContributionMonth, PersistentMap } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';
import { BenefitKind, FundRules, MatchingSource } from './fund-rules';
import { BeneficiaryData, CommitteeMemberData } from './fund.events';

export type MemberStatus = 'active' | 'lapsed' | 'resigned' | 'deceased';

/** A member (สมาชิก) as the fund knows them: a keyed hash and a reference, never the person in clear. */
export interface Member {
  memberId: string;
  citizenIdHash: string;
  personalDataRef: string;
  planId: string;
  beneficiary: BeneficiaryData;
  /** Day membership began; waiting periods and the first month due count from it. */
  enrolledOn: CalendarDate;
  status: MemberStatus;
  /** Last month paid for (ส่งเงินสัจจะถึงเดือน); null before the first contribution. */
  paidThrough: ContributionMonth | null;
  diedOn: CalendarDate | null;
  /** The personal data behind `personalDataRef` was crypto-shredded (ลบข้อมูลส่วนบุคคลแล้ว). */
  personalDataErased: boolean;
  /** Contribution ids recorded for this member, so a retried request is refused. */
  contributionIds: readonly string[];
}

export type ClaimStatus = 'submitted' | 'approved' | 'rejected' | 'paid';

/** A request for a benefit (คำขอรับสวัสดิการ). */
export interface Claim {
  claimId: string;
  memberId: string;
  benefit: BenefitKind;
  eventDate: CalendarDate;
  hospitalNights: number | null;
  amount: Money;
  /** The amount as written in Thai words on the claim form. */
  amountWords: string;
  /** The user who entered the claim: the maker, who may not also be a checker. */
  submittedBy: string;
  /** Rules version that decided eligibility and the amount. */
  rulesVersion: number;
  status: ClaimStatus;
  /** Distinct committee members who approved, in order. */
  approverIds: readonly string[];
  /** Bangkok date of the latest approval; a payout may not be dated before it. */
  approvedOn: CalendarDate | null;
  /** The payout in effect; null before payment and after a reversal. */
  payoutId: string | null;
}

export interface Payout {
  payoutId: string;
  claimId: string;
  amount: Money;
  reversed: boolean;
}

/** Money recorded in or out, kept by id so that a mistaken record can be reversed once, by name. */
export interface ContributionEntry {
  contributionId: string;
  memberId: string;
  amount: Money;
  receivedOn: CalendarDate;
  periodFrom: ContributionMonth;
  periodTo: ContributionMonth;
  reversed: boolean;
}
export interface MatchingEntry {
  matchingId: string;
  source: MatchingSource;
  fiscalYear: number;
  amount: Money;
  reversed: boolean;
}
export interface SpendingEntry {
  spendingId: string;
  amount: Money;
  overrideId: string | null;
  reversed: boolean;
}

/** A committee resolution allowing one administration spending over the cap, up to `amount`. */
export interface AdminOverride {
  overrideId: string;
  amount: Money;
  used: boolean;
}

/** Where money came from: members (contributions and joining fees) or a matching source. */
export type FundingSource = 'members' | MatchingSource;
export const FUNDING_SOURCES: readonly FundingSource[] = ['members', 'codi', 'local-government', 'other'];

/** The fund's books (บัญชีกองทุน): one pool of money, with what came in kept by source. */
export interface Ledger {
  receivedBySource: Readonly<Record<FundingSource, Money>>;
  /** Benefits paid, net of reversals. */
  benefitsPaid: Money;
  /** Administration spending (ค่าบริหารจัดการ). */
  adminSpent: Money;
  /** Member contributions by the fiscal year (BE) they were received in; joining fees excluded. */
  contributionsByFiscalYear: ReadonlyMap<number, Money>;
  /** Matching money by the fiscal year it matches, and by source. */
  matchingByFiscalYear: ReadonlyMap<number, Readonly<Record<MatchingSource, Money>>>;
}

export interface UnregisteredFund {
  status: 'Unregistered';
}

/** A community welfare fund (กองทุนสวัสดิการชุมชน) of one subdistrict. */
export interface RegisteredFund {
  status: 'Registered';
  fundId: string;
  name: string;
  /** DOPA subdistrict code (รหัสตำบล), e.g. 830101 Talat Yai, Mueang Phuket. */
  areaCode: string;
  foundedOn: CalendarDate;
  /** Every rules version, oldest first. */
  rules: readonly FundRules[];
  /** Sitting committee members by user id. */
  committee: ReadonlyMap<string, CommitteeMemberData>;
  /** Declared relations as `userId→memberId`. */
  relations: ReadonlySet<string>;
  /** Members, claims and payouts grow with the fund: kept in maps that share structure between states. */
  members: PersistentMap<Member>;
  claims: PersistentMap<Claim>;
  payouts: PersistentMap<Payout>;
  overrides: ReadonlyMap<string, AdminOverride>;
  /** Ids of matching money and administration spending already recorded. */
  recordedIds: ReadonlySet<string>;
  /** Records that a reversal may name: contributions, matching money, administration spending. */
  contributions: PersistentMap<ContributionEntry>;
  matchings: ReadonlyMap<string, MatchingEntry>;
  spendings: ReadonlyMap<string, SpendingEntry>;
  ledger: Ledger;
}

export type FundState = UnregisteredFund | RegisteredFund;

export const initialState = (): FundState => ({ status: 'Unregistered' });

export const relationKey = (userId: string, memberId: string): string => `${userId}→${memberId}`;

export const emptyLedger = (): Ledger => ({
  receivedBySource: { members: Money.zero, codi: Money.zero, 'local-government': Money.zero, other: Money.zero },
  benefitsPaid: Money.zero,
  adminSpent: Money.zero,
  contributionsByFiscalYear: new Map(),
  matchingByFiscalYear: new Map(),
});

/** Money received from every source. */
export const totalReceived = (ledger: Ledger): Money => Money.sum(FUNDING_SOURCES.map((source) => ledger.receivedBySource[source]));

/** What the fund holds now (ยอดเงินคงเหลือ). */
export const balanceOf = (ledger: Ledger): Money => totalReceived(ledger).minus(ledger.benefitsPaid).minus(ledger.adminSpent);
