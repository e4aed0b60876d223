import { Money } from '@kongthun/kernel';
import {
  BenefitKind, CommitteeMemberData, FundCommand, fundDecider, FundEvent, FundState, fundStreamId, RulesInput,
} from '@kongthun/welfare-domain';
import { WelfareEnvelope } from '../welfare-envelope';

/** Committee of the sample funds (กรรมการ); the same logins sit on every fund in a test. */
export const CHAIR = 'u-somchai';
export const TREASURER = 'u-malee';
export const PRASERT = 'u-prasert';
export const WANIDA = 'u-wanida';

/** Stands in for the keyed HMAC of a citizen ID: one person, one hash, in every fund. */
export const personHash = (who: string): string => `hmac-${who}`;

const seat = (userId: string, role: CommitteeMemberData['role']): CommitteeMemberData => ({
  userId, role, citizenIdHash: personHash(userId), personalDataRef: `pd-${userId}`,
});

/**
 * 1 baht a day; birth 1,000 after 180 days; sickness 200 a night capped at 2,000 a year; education
 * 4,800 with no wait (just under the 5,000 approval limit); 2 approvals, 3 above 5,000.
 */
export const sampleRules = (): RulesInput => ({
  joiningFee: Money.ofBaht(10),
  contributionPlans: [{ planId: 'one-baht-a-day', name: 'วันละบาท', monthlyAmount: Money.ofBaht(30), lumpSums: [{ months: 12, amount: Money.ofBaht(360) }] }],
  benefits: [
    { benefit: 'birth', amount: Money.ofBaht(1_000), per: 'event', yearlyCap: null, waitingPeriodDays: 180 },
    { benefit: 'sickness', amount: Money.ofBaht(200), per: 'hospital-night', yearlyCap: Money.ofBaht(2_000), waitingPeriodDays: 180 },
    { benefit: 'education', amount: Money.ofBaht(4_800), per: 'event', yearlyCap: null, waitingPeriodDays: 0 },
    { benefit: 'death', amount: Money.ofBaht(10_000), per: 'event', yearlyCap: null, waitingPeriodDays: 365 },
  ],
  capYear: 'calendar',
  lapse: { missedMonths: 3 },
  approval: { approvalsRequired: 2, largeClaimLimit: Money.ofBaht(5_000), approvalsAboveLimit: 3 },
  matchingTargets: [{ source: 'codi', percentOfMemberContributions: 100 }],
});

const at = (date: string): string => `${date}T05:00:00.000Z`;

/**
 * A ledger of welfare envelopes for tests. `decide` runs a command through the real welfare
 * decider, as the service would; `record` appends an event no decider produced, as a bypassed
 * or buggy service would. Ids are `evt-0001`…, so tests can name their evidence.
 */
export class WelfareHistory {
  readonly envelopes: WelfareEnvelope[] = [];
  private readonly states = new Map<string, FundState>();

  fund(fundId: string, foundedOn = '2022-10-01'): FundScript {
    const committee = [seat(CHAIR, 'chair'), seat(TREASURER, 'treasurer'), seat(PRASERT, 'member'), seat(WANIDA, 'member')];
    const script = new FundScript(this, fundId);
    script.command({ type: 'RegisterFund', data: { fundId, name: `กองทุนสวัสดิการชุมชน ${fundId}`, areaCode: '830101', foundedOn, committee, rules: sampleRules() } }, foundedOn);
    script.command({ type: 'RecordMatchingFunds', data: {
      matchingId: 'codi-1', source: 'codi', sourceName: 'พอช.', fiscalYear: 2566, amount: Money.ofBaht(100_000), receivedOn: foundedOn, documentRef: 'พอช. 66/1',
    } }, foundedOn);
    return script;
  }

  decide(fundId: string, command: FundCommand, change: (event: FundEvent) => FundEvent = (event) => event): WelfareEnvelope[] {
    const events = fundDecider.decide(command, this.stateOf(fundId));
    return events.map((event) => this.record(fundId, change(event), command.metadata.now));
  }

  record(fundId: string, event: FundEvent, recordedAt = '2024-01-01T00:00:00.000Z'): WelfareEnvelope {
    this.states.set(fundId, fundDecider.evolve(this.stateOf(fundId), event));
    const streamId = fundStreamId(fundId);
    const envelope: WelfareEnvelope = {
      id: `evt-${String(this.envelopes.length + 1).padStart(4, '0')}`, type: event.type, streamId,
      streamRevision: BigInt(this.envelopes.filter((e) => e.streamId === streamId).length), recordedAt,
      data: JSON.parse(JSON.stringify(event.data)),
    };
    this.envelopes.push(envelope);
    return envelope;
  }

  /** Id of the last event of a type (optionally whose data matches), for naming evidence. */
  idOf(type: FundEvent['type'], match: Record<string, unknown> = {}): string {
    const found = [...this.envelopes].reverse().find((e) => e.type === type
      && Object.entries(match).every(([key, value]) => (e.data as Record<string, unknown>)[key] === value));
    if (found === undefined) throw new Error(`No ${type} matching ${JSON.stringify(match)}`);
    return found.id;
  }

  private stateOf(fundId: string): FundState {
    return this.states.get(fundId) ?? fundDecider.initialState();
  }
}

/** Commands of one fund, each dated by the day it is given (`on`, 12:00 Bangkok). */
export class FundScript {
  constructor(readonly history: WelfareHistory, readonly fundId: string) {}

  command(command: Omit<FundCommand, 'metadata'>, on: string, userId = TREASURER): WelfareEnvelope[] {
    const role = userId === TREASURER ? 'treasurer' : 'committee';
    return this.history.decide(this.fundId, { ...command, metadata: { now: at(on), actor: { userId, role } } } as FundCommand);
  }

  /** Enrols a person and takes a year of contributions at once, so claims within the year are covered. */
  enrol(memberId: string, enrolledOn: string, person = memberId): this {
    this.command({ type: 'EnrolMember', data: {
      memberId, citizenIdHash: personHash(person), personalDataRef: `pd-${memberId}`, planId: 'one-baht-a-day',
      beneficiary: { personalDataRef: `pd-b-${memberId}`, citizenIdHash: personHash(`b-${person}`), relationship: 'บุตร' },
      enrolledOn, joiningFee: Money.ofBaht(10),
    } }, enrolledOn);
    this.command({ type: 'RecordContribution', data: {
      contributionId: `c-${memberId}`, memberId, months: 12, amount: Money.ofBaht(360), receivedOn: enrolledOn, receiptRef: `R-${memberId}`,
    } }, enrolledOn);
    return this;
  }

  claim(claimId: string, memberId: string, benefit: BenefitKind, eventDate: string, amount: string, hospitalNights: number | null = null): this {
    this.command({ type: 'SubmitClaim', data: {
      claimId, memberId, benefit, eventDate, hospitalNights, evidenceRefs: [`ev-${claimId}`],
      amountFigures: amount, amountWords: Money.parse(amount).toThaiWords(),
    } }, eventDate);
    return this;
  }

  approve(claimId: string, on: string, approvers: string[] = [CHAIR, PRASERT]): this {
    for (const approver of approvers) this.command({ type: 'ApproveClaim', data: { claimId } }, on, approver);
    return this;
  }

  /** Records that a committee member is related to a member (ญาติ), as the service allows at any time. */
  relate(userId: string, memberId: string, on: string): this {
    this.command({ type: 'DeclareRelation', data: { userId, memberId, relationship: 'พี่น้อง' } }, on);
    return this;
  }

  /** Pays by bank transfer; `account` adds the keyed hash of the receiving account to the event. */
  pay(claimId: string, payoutId: string, paidOn: string, account?: string): this {
    const command = {
      type: 'PayClaim', data: { payoutId, claimId, method: 'bank-transfer', reference: `TX-${payoutId}`, paidOn },
      metadata: { now: at(paidOn), actor: { userId: TREASURER, role: 'treasurer' } },
    } as FundCommand;
    this.history.decide(this.fundId, command, (event) => {
      if (account === undefined || event.type !== 'welfare.payout.made') return event;
      const data = { ...event.data, payeeAccountHash: personHash(account) };
      return { ...event, data };
    });
    return this;
  }

  /** Submits, approves and pays a claim in one go, on the event date. */
  paid(claimId: string, memberId: string, benefit: BenefitKind, eventDate: string, amount: string, account?: string): this {
    return this.claim(claimId, memberId, benefit, eventDate, amount).approve(claimId, eventDate).pay(claimId, `po-${claimId}`, eventDate, account);
  }

  record(event: FundEvent): WelfareEnvelope {
    return this.history.record(this.fundId, event);
  }
}
