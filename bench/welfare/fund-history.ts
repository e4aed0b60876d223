import { v7 as uuidv7 } from 'uuid';
import { EventStore, fold } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { addMonths, calendarDate, dateOfInstant, fiscalYearOfDate, Money } from '@kongthun/kernel';
import {
  closeMemberYear,
  CommitteeMemberData,
  FundCommand,
  fundDecider,
  FundEvent,
  FundState,
  memberStreamId,
  openMemberYear,
  RegisteredFund,
  rosterStreamId,
  RulesInput,
} from '@kongthun/welfare-domain';
import { FundCommandHandler, fundEventCodec } from '@kongthun/welfare-service';

export const FUND_ID = 'bench-fund';
export const FOUNDED_ON = '2015-10-01';

const committeeMember = (userId: string, role: CommitteeMemberData['role']): CommitteeMemberData => ({
  userId,
  role,
  citizenIdHash: `hmac-${userId}`,
  personalDataRef: `pd-${userId}`,
});
export const COMMITTEE = [
  committeeMember('u-chair', 'chair'),
  committeeMember('u-treasurer', 'treasurer'),
  committeeMember('u-a', 'member'),
  committeeMember('u-b', 'member'),
];
const actor = (userId: string, role: AuthenticatedActor['role']): AuthenticatedActor => ({ userId, role, scope: { funds: [FUND_ID] } });
export const ACTORS = {
  admin: { userId: 'bench-admin', role: 'admin', scope: {} } as AuthenticatedActor,
  treasurer: actor('u-treasurer', 'treasurer'),
  a: actor('u-a', 'committee'),
  b: actor('u-b', 'committee'),
};

const rules = (): RulesInput => ({
  joiningFee: Money.ofBaht(10),
  contributionPlans: [{ planId: 'one-baht-a-day', name: 'วันละบาท', monthlyAmount: Money.ofBaht(30), lumpSums: [] }],
  benefits: [
    { benefit: 'sickness', amount: Money.ofBaht(200), per: 'hospital-night', yearlyCap: Money.ofBaht(2_000), waitingPeriodDays: 0 },
  ],
  capYear: 'calendar',
  lapse: { missedMonths: 3 },
  approval: { approvalsRequired: 2, largeClaimLimit: Money.ofBaht(5_000), approvalsAboveLimit: 3 },
  matchingTargets: [{ source: 'codi', percentOfMemberContributions: 100 }],
});

/** The first day of the month `months` after the founding month, plus `day - 1` days. */
export const dayOfMonth = (months: number, day: number): string =>
  calendarDate(`${addMonths(FOUNDED_ON.slice(0, 7), months)}-${String(day).padStart(2, '0')}`);
export const noonOf = (date: string): Date => new Date(`${date}T05:00:00Z`);

/**
 * A fund of `members` members paying monthly, grown segment by segment. Governance and yearly
 * matching money go through the real handler; the members' history (enrolment, 12 contributions a
 * year each) is decided by the real decider on each member's own state and appended straight to
 * the member's stream, a segment per append, for speed: the same events the handler would write,
 * the member's year closed and the next opened with what it carries when a contribution falls in a
 * new fiscal year.
 */
export class FundHistory {
  private readonly states: FundState[] = [];
  private readonly revisions: bigint[] = [];
  /** The fiscal year of each member's open stream. */
  private readonly years: number[] = [];
  private governance: FundState = fundDecider.initialState();
  /** Months of contributions recorded for every member so far. */
  monthsPaid = 0;

  constructor(
    private readonly store: EventStore,
    readonly handler: FundCommandHandler,
    readonly members: number,
    private readonly setClock: (at: Date) => void,
  ) {}

  memberId = (index: number): string => `m-${String(index).padStart(5, '0')}`;

  async found(): Promise<void> {
    this.setClock(noonOf(FOUNDED_ON));
    await this.handler.execute(FUND_ID, ACTORS.admin, {
      type: 'RegisterFund',
      data: { fundId: FUND_ID, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: FOUNDED_ON, committee: COMMITTEE, rules: rules() },
    });
    this.governance = await this.handler.state(FUND_ID);
    const roster: FundEvent[] = [];
    for (let index = 0; index < this.members; index++) {
      const memberId = this.memberId(index);
      const enrolled = this.decide(this.governance, {
        type: 'EnrolMember',
        data: {
          memberId,
          citizenIdHash: `hmac-citizen-${index}`,
          personalDataRef: `pd-${memberId}`,
          planId: 'one-baht-a-day',
          beneficiary: { personalDataRef: `pd-b-${memberId}`, citizenIdHash: null, relationship: 'คู่สมรส' },
          enrolledOn: FOUNDED_ON,
          joiningFee: Money.ofBaht(10),
        },
      });
      roster.push({ type: 'welfare.roster.member-listed', data: { fundId: FUND_ID, memberId, citizenIdHash: `hmac-citizen-${index}` } });
      this.states[index] = enrolled.reduce(fundDecider.evolve, this.governance);
      this.years[index] = fiscalYearOfDate(FOUNDED_ON);
      await this.append(memberStreamId(FUND_ID, memberId, this.years[index]), enrolled, -1n);
      this.revisions[index] = 0n;
    }
    await this.append(rosterStreamId(FUND_ID), roster, -1n);
  }

  /** Records contributions for every member up to `months` months after founding, and each October's matching money. */
  async growTo(months: number): Promise<void> {
    for (let month = this.monthsPaid; month < months; month++) {
      if (addMonths(FOUNDED_ON.slice(0, 7), month).endsWith('-10')) await this.matchingMoney(month);
    }
    for (let index = 0; index < this.members; index++) {
      const memberId = this.memberId(index);
      let state = this.states[index];
      let year = this.years[index];
      const segments: { year: number; events: FundEvent[] }[] = [{ year, events: [] }];
      for (let month = this.monthsPaid; month < months; month++) {
        const receivedOn = dayOfMonth(month, 5);
        if (fiscalYearOfDate(receivedOn) !== year) {
          segments[segments.length - 1].events.push(closeMemberYear(FUND_ID, memberId, year));
          year = fiscalYearOfDate(receivedOn);
          const opened = openMemberYear(state as RegisteredFund, memberId, year);
          if (opened === null) throw new Error(`${memberId} is not in its own stream`);
          state = fundDecider.evolve(this.governance, opened);
          segments.push({ year, events: [opened] });
        }
        const decided = this.decide(
          state,
          {
            type: 'RecordContribution',
            data: {
              contributionId: `ct-${this.memberId(index)}-${month}`,
              memberId: this.memberId(index),
              months: 1,
              amount: Money.ofBaht(30),
              receivedOn,
              receiptRef: `rc-${index}-${month}`,
            },
          },
          receivedOn,
        );
        state = decided.reduce(fundDecider.evolve, state);
        segments[segments.length - 1].events.push(...decided);
      }
      for (const [at, segment] of segments.entries()) {
        const revision = at === 0 ? this.revisions[index] : -1n;
        await this.append(memberStreamId(FUND_ID, memberId, segment.year), segment.events, revision);
        this.revisions[index] = revision + BigInt(segment.events.length);
      }
      this.years[index] = year;
      this.states[index] = state;
    }
    this.monthsPaid = months;
  }

  /** After the handler wrote to a member's stream, fold it again so that the bulk history continues from it. */
  async reload(index: number): Promise<void> {
    // The handler may have opened the member's year of today's date.
    const today = fiscalYearOfDate(dateOfInstant(this.handler.now()));
    let recorded = await this.store.readStream(memberStreamId(FUND_ID, this.memberId(index), today));
    if (recorded.length === 0) recorded = await this.store.readStream(memberStreamId(FUND_ID, this.memberId(index), this.years[index]));
    else this.years[index] = today;
    this.states[index] = fold(fundDecider, [
      ...(await this.store.readStream(`welfare-fund-${FUND_ID}`)).map((event) => fundEventCodec.decode(event)),
      ...recorded.map((event) => fundEventCodec.decode(event)),
    ]);
    this.revisions[index] = recorded[recorded.length - 1].streamRevision;
  }

  /** Events in the stream of `index`'s open year: what a command about the member reads. */
  memberStreamLength = (index: number): number => Number((this.revisions[index] ?? -1n) + 1n);

  private async matchingMoney(month: number): Promise<void> {
    const receivedOn = dayOfMonth(month, 2);
    this.setClock(noonOf(receivedOn));
    const fiscalYear = Number(receivedOn.slice(0, 4)) + 544;
    await this.handler.execute(FUND_ID, ACTORS.treasurer, {
      type: 'RecordMatchingFunds',
      data: {
        matchingId: `mf-${fiscalYear}`,
        source: 'codi',
        sourceName: 'พอช.',
        fiscalYear,
        amount: Money.ofBaht(1_000_000),
        receivedOn,
        documentRef: `codi-${fiscalYear}`,
      },
    });
  }

  private decide(state: FundState, body: Pick<FundCommand, 'type' | 'data'>, on = FOUNDED_ON): FundEvent[] {
    const command = {
      ...body,
      metadata: { now: noonOf(on).toISOString(), actor: { userId: 'u-treasurer', role: 'treasurer' } },
    } as FundCommand;
    return fundDecider.decide(command, state);
  }

  private async append(streamId: string, events: FundEvent[], revision: bigint): Promise<void> {
    if (events.length === 0) return;
    const metadata = { actor: { userId: 'u-treasurer', role: 'treasurer' }, correlationId: uuidv7(), causationId: null };
    await this.store.appendToStream(
      streamId,
      events.map((event) => ({ ...fundEventCodec.encode(event), id: uuidv7(), metadata })),
      revision < 0n ? 'no-stream' : revision,
    );
  }
}
