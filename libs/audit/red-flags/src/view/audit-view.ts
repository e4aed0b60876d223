import { Money } from '@kongthun/kernel';
import { BenefitKind, CalendarDate, FundRules, PersistentMap } from '@kongthun/welfare-domain';
import { EventRef } from '../welfare-envelope';
import { ShardedMap } from './sharded-map';

/**
 * The auditor's own picture of the welfare funds, built from the ledger alone and never from a
 * service's read model: facts plus the event that stated each, so a finding can cite it.
 * Large collections are {@link PersistentMap}s so that a pure fold over 100 million events stays
 * linear.
 */
export interface AuditView {
  funds: PersistentMap<FundView>;
  /** Live and reversed payouts by `person|benefit|eventDate`: one entitlement (สิทธิ์) of one person. */
  payoutsByEntitlement: ShardedMap<readonly PayoutKey[]>;
  /** Payouts by the keyed citizen-ID hash of the member paid, across funds. */
  payoutsByPerson: ShardedMap<readonly PayoutKey[]>;
  /** Payouts by the keyed hash of the receiving bank or PromptPay account, where the event names one. */
  payoutsByAccount: ShardedMap<readonly PayoutKey[]>;
}

/** Payout ids are unique within a fund only. */
export interface PayoutKey {
  fundId: string;
  payoutId: string;
}

export interface RulesVersionView {
  rules: FundRules;
  /** `welfare.fund.registered` or `welfare.rules.adopted`. */
  source: EventRef;
}

/** A committee seat (กรรมการกองทุน) ever held; kept after removal, since past approvals still count. */
export interface SeatView {
  userId: string;
  citizenIdHash: string;
  source: EventRef;
}

export interface MemberView {
  memberId: string;
  /** Keyed hash of the citizen ID: the same person in every fund. */
  citizenIdHash: string;
  /** The death beneficiary (ผู้รับผลประโยชน์), where known. */
  beneficiaryHash: string | null;
  enrolledOn: CalendarDate;
  source: EventRef;
  claimIds: readonly string[];
}

export interface ApprovalView {
  approverId: string;
  source: EventRef;
}

export interface ApprovedView {
  amount: Money;
  approverIds: readonly string[];
  rulesVersion: number;
  source: EventRef;
}

/** A claim (คำขอรับสวัสดิการ) as submitted, with what followed. */
export interface ClaimView {
  claimId: string;
  memberId: string;
  benefit: BenefitKind;
  eventDate: CalendarDate;
  hospitalNights: number | null;
  amount: Money;
  submittedBy: string;
  rulesVersion: number;
  source: EventRef;
  approvals: readonly ApprovalView[];
  approved: ApprovedView | null;
  rejected: boolean;
  payoutIds: readonly string[];
}

export interface PayoutView {
  payoutId: string;
  claimId: string;
  memberId: string;
  amount: Money;
  paidOn: CalendarDate;
  /** Keyed hash of the account paid into (`payeeAccountHash`), when the event carries one. */
  accountHash: string | null;
  source: EventRef;
  reversed: boolean;
}

/** A committee resolution allowing one administration spending over the cap. */
export interface OverrideView {
  overrideId: string;
  amount: Money;
  used: boolean;
  source: EventRef;
}

export interface FundView {
  fundId: string;
  streamId: string;
  /** Oldest first. */
  rules: readonly RulesVersionView[];
  committee: ReadonlyMap<string, SeatView>;
  /** Declared relations (ความเกี่ยวข้อง) by `userId→memberId`. */
  relations: ReadonlyMap<string, EventRef>;
  members: PersistentMap<MemberView>;
  claims: PersistentMap<ClaimView>;
  payouts: PersistentMap<PayoutView>;
  overrides: ReadonlyMap<string, OverrideView>;
  /** Everything received: joining fees, contributions and matching money. */
  received: Money;
  /** Administration spending (ค่าบริหารจัดการ) so far. */
  adminSpent: Money;
}

export const emptyAuditView = (): AuditView => ({
  funds: PersistentMap.empty(),
  payoutsByEntitlement: ShardedMap.empty(),
  payoutsByPerson: ShardedMap.empty(),
  payoutsByAccount: ShardedMap.empty(),
});

export const emptyFundView = (fundId: string, streamId: string): FundView => ({
  fundId, streamId, rules: [], committee: new Map(), relations: new Map(),
  members: PersistentMap.empty(), claims: PersistentMap.empty(), payouts: PersistentMap.empty(), overrides: new Map(),
  received: Money.zero, adminSpent: Money.zero,
});

export const relationKeyOf = (userId: string, memberId: string): string => `${userId}→${memberId}`;
export const entitlementKeyOf = (person: string, benefit: BenefitKind, eventDate: CalendarDate): string => `${person}|${benefit}|${eventDate}`;
