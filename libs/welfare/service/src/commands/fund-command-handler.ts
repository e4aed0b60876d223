import { Inject, Injectable, Optional } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventMetadata, EventStore, isWrongExpectedRevision, RecordedEvent } from '@kongthun/event-sourcing';
import { assertFundInScope, AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant, DomainError, fiscalYearOfDate, fold } from '@kongthun/kernel';
import {
  claimIndexStreamId,
  CommandMetadata,
  FUND_EVENT_TYPES,
  FundCommand,
  fundDecider,
  FundState,
  governanceStreamId,
  memberStreamId,
  moneyIdStreamId,
  RegisteredFund,
} from '@kongthun/welfare-domain';
import { commandStreams } from './command-streams';
import { FundStreams, LoadedStream, memberEvents } from './fund-streams';
import { MemberMoneyCrediting } from './member-money-crediting';
import { findPayoutRecord, PayoutRecord } from './payout-record';
import { currentCorrelationId } from '@kongthun/observability';

export const WELFARE_EVENT_STORE = Symbol('welfare.event-store');
/** The clock commands are decided by (`() => Date`); the system clock when not provided. */
export const WELFARE_CLOCK = Symbol('welfare.clock');

export type FundCommandOf<T extends FundCommand['type']> = Extract<FundCommand, { type: T }>;
export type CommandBody<T extends FundCommand['type']> = Pick<FundCommandOf<T>, 'type' | 'data'>;

/** Refusals on money the books may not have been credited with yet: credit what is pending, decide again. */
const MONEY_CHECKS = new Set([
  'payout.overdraft',
  'admin.overdraft',
  'admin.cap-exceeded',
  'contribution.reversal-overdraws',
  'matching-funds.reversal-overdraws',
]);
const ATTEMPTS = 4;
const BUSINESS_TYPES: ReadonlySet<string> = new Set(FUND_EVENT_TYPES);
/** Commands that name the member whose year they read, and those that find the member through a claim's index entry. */
const NAMES_MEMBER = new Set<FundCommand['type']>([
  'RecordContribution',
  'ResignMember',
  'RecordMemberDeath',
  'ErasePersonalData',
  'SubmitClaim',
  'ReverseContribution',
]);
const NAMES_CLAIM = new Set<FundCommand['type']>(['ApproveClaim', 'RejectClaim', 'PayClaim']);
/** Commands naming a record by an id kept unique across years (its index is read with governance). */
const MONEY_IDS: Partial<Record<FundCommand['type'], { kind: string; key: string }>> = {
  PayClaim: { kind: 'payout', key: 'payoutId' },
  RecordMatchingFunds: { kind: 'matching', key: 'matchingId' },
  RecordAdminSpending: { kind: 'spending', key: 'spendingId' },
  ReversePayout: { kind: 'payout', key: 'payoutId' },
  ReverseMatchingFunds: { kind: 'matching', key: 'matchingId' },
  ReverseAdminSpending: { kind: 'spending', key: 'spendingId' },
  RecordContribution: { kind: 'contribution', key: 'contributionId' },
};
const fiscalYearOfInstant = (instant: string): number => fiscalYearOfDate(dateOfInstant(instant));

/**
 * Runs fund commands for the HTTP layer: scope check, then read the streams the command needs (never
 * one that grows with the fund's age), decide with the fund's decider, and append each decided
 * event to its stream with the revision read. A conflict is decided again on fresh streams.
 */
@Injectable()
export class FundCommandHandler {
  private readonly streams: FundStreams;
  readonly crediting: MemberMoneyCrediting;

  constructor(
    @Inject(WELFARE_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(WELFARE_CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {
    this.streams = new FundStreams(store);
    this.crediting = new MemberMoneyCrediting(store, this.streams);
  }

  /** The instant commands run now are decided at. */
  now(): string {
    return this.clock().toISOString();
  }

  async execute<T extends FundCommand['type']>(
    fundId: string,
    actor: AuthenticatedActor,
    body: CommandBody<T>,
    // The request's correlation id when a request runs it, so its log lines and its events agree.
    correlationId = currentCorrelationId() ?? uuidv7(),
  ): Promise<RecordedEvent[]> {
    const metadata: CommandMetadata = { now: this.now(), actor: { userId: actor.userId, role: actor.role } };
    const command = { ...body, metadata } as FundCommand;
    const eventMetadata: EventMetadata = { actor: metadata.actor, correlationId, causationId: null };
    let crediting = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(fundId, actor, command, eventMetadata, crediting);
      } catch (error) {
        if (attempt < ATTEMPTS && isWrongExpectedRevision(error)) continue;
        // Decided again with the member money not yet credited, credited in the same write as the command's events.
        if (!crediting && error instanceof DomainError && MONEY_CHECKS.has(error.code)) {
          crediting = true;
          continue;
        }
        throw error;
      }
    }
  }

  /** The fund's governance: registration, rules, committee, relations and overrides. No members. */
  async state(fundId: string): Promise<FundState> {
    return fold(fundDecider, (await this.streams.read(governanceStreamId(fundId))).events);
  }

  async registered(fundId: string): Promise<RegisteredFund> {
    return this.registeredIn(await this.state(fundId), fundId);
  }

  /** A payout of a fund in the actor's scope, with the event id its receipt is printed under. */
  async payoutRecord(fundId: string, actor: AuthenticatedActor, payoutId: string): Promise<PayoutRecord> {
    const fund = await this.registered(fundId);
    assertFundInScope(actor, fund);
    return findPayoutRecord(this.store, fund, payoutId, dateOfInstant(this.now()));
  }

  /** The fund's governance with one member (their open year's claims included) folded in. */
  async withMember(fundId: string, memberId: string): Promise<RegisteredFund> {
    const streams = this.streams.session();
    const fiscalYear = fiscalYearOfInstant(this.now());
    streams.prefetch(memberStreamId(fundId, memberId, fiscalYear));
    const governance = await streams.read(governanceStreamId(fundId));
    const fund = this.registeredIn(fold(fundDecider, governance.events), fundId);
    const year = await streams.memberYear(fundId, memberId, fiscalYear, fiscalYearOfDate(fund.foundedOn), governance.events);
    return this.registeredIn(fold(fundDecider, [...governance.events, ...memberEvents(year).events]), fundId);
  }

  private registeredIn(state: FundState, fundId: string): RegisteredFund {
    if (state.status !== 'Registered')
      throw new DomainError('fund.not-found', `Fund ${fundId} is not registered`, { messageTh: 'ไม่พบกองทุนนี้ในระบบ' });
    return state;
  }

  private async attempt(
    fundId: string,
    actor: AuthenticatedActor,
    command: FundCommand,
    metadata: EventMetadata,
    crediting: boolean,
  ): Promise<RecordedEvent[]> {
    const streams = this.streams.session();
    // What the command will read first is asked for with governance: one round trip instead of two in a row.
    const data = command.data as { memberId?: unknown; claimId?: unknown };
    if (NAMES_MEMBER.has(command.type) && typeof data.memberId === 'string')
      streams.prefetch(memberStreamId(fundId, data.memberId, fiscalYearOfInstant(command.metadata.now)));
    if (NAMES_CLAIM.has(command.type) && typeof data.claimId === 'string') streams.prefetch(claimIndexStreamId(fundId, data.claimId));
    const moneyId = MONEY_IDS[command.type];
    const named = moneyId === undefined ? undefined : (command.data as Record<string, unknown>)[moneyId.key];
    if (moneyId !== undefined && typeof named === 'string') streams.prefetch(moneyIdStreamId(fundId, moneyId.kind, named));
    const governance = await streams.read(governanceStreamId(fundId));
    const fund = fold(fundDecider, governance.events);
    if (fund.status === 'Registered') assertFundInScope(actor, fund);
    const plan = await commandStreams(streams, fundId, fund.status === 'Registered' ? fund : null, governance, command);
    if (crediting && plan.books !== null) await this.crediting.creditInto(fundId, plan.books, command.metadata);
    const state = this.stateOf(fund, plan.loaded, plan.books);
    const decided = fundDecider.decide(command, state);
    if (decided.length === 0) return [];
    const recorded = await this.streams.append(plan.route(decided), metadata, uuidv7, plan.together);
    // The caller gets what the command decided; the books' opening, debits and index entries are bookkeeping.
    return recorded.filter((event) => BUSINESS_TYPES.has(event.type));
  }

  /** Governance, then the streams read, then the open books; the money checks use the books' ledger. */
  private stateOf(governance: FundState, loaded: LoadedStream[], books: Awaited<ReturnType<typeof commandStreams>>['books']): FundState {
    const events = [...loaded.flatMap((stream) => stream.events), ...(books === null ? [] : [...books.books.events, ...books.opening])];
    const state = events.reduce(fundDecider.evolve, governance);
    if (books === null || state.status !== 'Registered') return state;
    const overrides = new Map(state.overrides);
    for (const overrideId of books.state.overridesUsed) {
      const override = overrides.get(overrideId);
      if (override !== undefined) overrides.set(overrideId, { ...override, used: true });
    }
    return { ...state, ledger: books.state.ledger, overrides };
  }
}
