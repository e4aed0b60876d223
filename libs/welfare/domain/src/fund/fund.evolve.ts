import { dateOfInstant, fiscalYearOfDate, PersistentMap } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';
import { MatchingSource } from './fund-rules';
import { rulesFromData } from './fund-rules.data';
import { FundEvent } from './fund.events';
import { carryIn } from '../streams/member-year';
import { Claim, emptyLedger, FundingSource, FundState, Ledger, Member, RegisteredFund, relationKey } from './fund.state';

const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => new Map(map).set(key, value);

const changeMember = (state: RegisteredFund, memberId: string, change: Partial<Member>): RegisteredFund => {
  const member = state.members.get(memberId);
  return member === undefined ? state : { ...state, members: state.members.with(memberId, { ...member, ...change }) };
};

const changeClaim = (state: RegisteredFund, claimId: string, change: Partial<Claim>): RegisteredFund => {
  const claim = state.claims.get(claimId);
  return claim === undefined ? state : { ...state, claims: state.claims.with(claimId, { ...claim, ...change }) };
};

const received = (ledger: Ledger, source: FundingSource, amount: Money): Ledger => ({
  ...ledger,
  receivedBySource: { ...ledger.receivedBySource, [source]: ledger.receivedBySource[source].plus(amount) },
});

const addToYear = (byYear: ReadonlyMap<number, Money>, year: number, amount: Money): ReadonlyMap<number, Money> =>
  new Map(byYear).set(year, (byYear.get(year) ?? Money.zero).plus(amount));

const addMatching = (ledger: Ledger, year: number, source: MatchingSource, amount: Money): Ledger => {
  const bySource = ledger.matchingByFiscalYear.get(year) ?? { codi: Money.zero, 'local-government': Money.zero, other: Money.zero };
  const matching = new Map(ledger.matchingByFiscalYear).set(year, { ...bySource, [source]: bySource[source].plus(amount) });
  return { ...received(ledger, source, amount), matchingByFiscalYear: matching };
};

/** Applies one event; an event that does not fit the state (none should) leaves it unchanged. */
export const evolve = (state: FundState, event: FundEvent): FundState => {
  if (event.type === 'welfare.fund.registered') {
    if (state.status === 'Registered') return state;
    const { fundId, name, areaCode, foundedOn, committee, rules } = event.data;
    return {
      status: 'Registered',
      fundId,
      name,
      areaCode,
      foundedOn,
      rules: [rulesFromData(rules)],
      committee: new Map(committee.map((member) => [member.userId, member])),
      relations: new Set(),
      members: PersistentMap.empty(),
      claims: PersistentMap.empty(),
      payouts: PersistentMap.empty(),
      overrides: new Map(),
      recordedIds: new Set(),
      contributions: PersistentMap.empty(),
      matchings: new Map(),
      spendings: new Map(),
      ledger: emptyLedger(),
    };
  }
  if (state.status !== 'Registered') return state;
  switch (event.type) {
    case 'welfare.rules.adopted':
      return { ...state, rules: [...state.rules, rulesFromData(event.data.rules)] };
    case 'welfare.committee.member-appointed':
      return { ...state, committee: withEntry(state.committee, event.data.member.userId, event.data.member) };
    case 'welfare.committee.member-removed': {
      const committee = new Map(state.committee);
      committee.delete(event.data.userId);
      return { ...state, committee };
    }
    case 'welfare.committee.relation-declared':
      return { ...state, relations: new Set(state.relations).add(relationKey(event.data.userId, event.data.memberId)) };
    case 'welfare.member.enrolled': {
      const { memberId, citizenIdHash, personalDataRef, planId, beneficiary, enrolledOn, joiningFee } = event.data;
      const member: Member = {
        memberId,
        citizenIdHash,
        personalDataRef,
        planId,
        beneficiary,
        enrolledOn,
        status: 'active',
        paidThrough: null,
        diedOn: null,
        personalDataErased: false,
        contributionIds: [],
      };
      const ledger = received(state.ledger, 'members', Money.fromJSON(joiningFee));
      return { ...state, members: state.members.with(memberId, member), ledger };
    }
    case 'welfare.member.lapsed':
      return changeMember(state, event.data.memberId, { status: 'lapsed' });
    case 'welfare.member.resigned':
      return changeMember(state, event.data.memberId, { status: 'resigned' });
    case 'welfare.member.died':
      return changeMember(state, event.data.memberId, { status: 'deceased', diedOn: event.data.diedOn });
    case 'welfare.member.personal-data-erased':
      return changeMember(state, event.data.memberId, { personalDataErased: true });
    case 'welfare.contribution.recorded': {
      const { memberId, contributionId, periodFrom, periodTo, receivedOn } = event.data;
      const amount = Money.fromJSON(event.data.amount);
      const member = state.members.get(memberId);
      const changed = changeMember(state, memberId, {
        paidThrough: periodTo,
        contributionIds: [...(member?.contributionIds ?? []), contributionId],
      });
      const next = {
        ...changed,
        contributions: changed.contributions.with(contributionId, {
          contributionId,
          memberId,
          amount,
          receivedOn,
          periodFrom,
          periodTo,
          reversed: false,
        }),
      };
      const ledger = received(state.ledger, 'members', amount);
      return {
        ...next,
        ledger: { ...ledger, contributionsByFiscalYear: addToYear(ledger.contributionsByFiscalYear, fiscalYearOfDate(receivedOn), amount) },
      };
    }
    case 'welfare.matching-funds.received': {
      const { matchingId, fiscalYear, source } = event.data;
      const amount = Money.fromJSON(event.data.amount);
      const ledger = addMatching(state.ledger, fiscalYear, source, amount);
      const matchings = withEntry(state.matchings, matchingId, { matchingId, source, fiscalYear, amount, reversed: false });
      return { ...state, ledger, matchings, recordedIds: new Set(state.recordedIds).add(matchingId) };
    }
    case 'welfare.admin-override.granted': {
      const { overrideId } = event.data;
      return {
        ...state,
        overrides: withEntry(state.overrides, overrideId, { overrideId, amount: Money.fromJSON(event.data.amount), used: false }),
      };
    }
    case 'welfare.admin-spending.recorded': {
      const { spendingId, overrideId } = event.data;
      const amount = Money.fromJSON(event.data.amount);
      const ledger = { ...state.ledger, adminSpent: state.ledger.adminSpent.plus(amount) };
      const spendings = withEntry(state.spendings, spendingId, { spendingId, amount, overrideId, reversed: false });
      const override = overrideId === null ? undefined : state.overrides.get(overrideId);
      const overrides =
        override === undefined ? state.overrides : withEntry(state.overrides, override.overrideId, { ...override, used: true });
      return { ...state, ledger, overrides, spendings, recordedIds: new Set(state.recordedIds).add(spendingId) };
    }
    case 'welfare.claim.submitted': {
      const { claimId, memberId, benefit, eventDate, hospitalNights, submittedBy, rulesVersion, amountWords } = event.data;
      const claim: Claim = {
        claimId,
        memberId,
        benefit,
        eventDate,
        hospitalNights,
        submittedBy,
        rulesVersion,
        amountWords,
        amount: Money.fromJSON(event.data.amount),
        status: 'submitted',
        approverIds: [],
        approvedOn: null,
        payoutId: null,
      };
      return { ...state, claims: state.claims.with(claimId, claim) };
    }
    case 'welfare.claim.approval-recorded': {
      const claim = state.claims.get(event.data.claimId);
      return changeClaim(state, event.data.claimId, {
        approverIds: [...(claim?.approverIds ?? []), event.data.approverId],
        approvedOn: dateOfInstant(event.data.approvedAt),
      });
    }
    case 'welfare.claim.approved':
      return changeClaim(state, event.data.claimId, { status: 'approved' });
    case 'welfare.claim.rejected':
      return changeClaim(state, event.data.claimId, { status: 'rejected' });
    case 'welfare.payout.made': {
      const { payoutId, claimId } = event.data;
      const amount = Money.fromJSON(event.data.amount);
      const next = changeClaim(state, claimId, { status: 'paid', payoutId });
      const payouts = state.payouts.with(payoutId, { payoutId, claimId, amount, reversed: false });
      return { ...next, payouts, ledger: { ...state.ledger, benefitsPaid: state.ledger.benefitsPaid.plus(amount) } };
    }
    case 'welfare.payout.reversed': {
      const payout = state.payouts.get(event.data.payoutId);
      if (payout === undefined) return state;
      const next = changeClaim(state, payout.claimId, { status: 'approved', payoutId: null });
      const payouts = state.payouts.with(payout.payoutId, { ...payout, reversed: true });
      return { ...next, payouts, ledger: { ...state.ledger, benefitsPaid: state.ledger.benefitsPaid.minus(payout.amount) } };
    }
    case 'welfare.contribution.reversed': {
      const entry = state.contributions.get(event.data.contributionId);
      if (entry === undefined) return state;
      const next = changeMember(state, entry.memberId, { paidThrough: event.data.paidThrough });
      const ledger = received(state.ledger, 'members', entry.amount.negated());
      const year = fiscalYearOfDate(entry.receivedOn);
      return {
        ...next,
        contributions: next.contributions.with(entry.contributionId, { ...entry, reversed: true }),
        ledger: { ...ledger, contributionsByFiscalYear: addToYear(ledger.contributionsByFiscalYear, year, entry.amount.negated()) },
      };
    }
    case 'welfare.matching-funds.reversed': {
      const entry = state.matchings.get(event.data.matchingId);
      if (entry === undefined) return state;
      const ledger = addMatching(state.ledger, entry.fiscalYear, entry.source, entry.amount.negated());
      return { ...state, ledger, matchings: withEntry(state.matchings, entry.matchingId, { ...entry, reversed: true }) };
    }
    case 'welfare.admin-spending.reversed': {
      const entry = state.spendings.get(event.data.spendingId);
      if (entry === undefined) return state;
      const ledger = { ...state.ledger, adminSpent: state.ledger.adminSpent.minus(entry.amount) };
      // The override's one spending was undone: the resolution may cover a corrected one.
      const override = entry.overrideId === null ? undefined : state.overrides.get(entry.overrideId);
      const overrides =
        override === undefined ? state.overrides : withEntry(state.overrides, override.overrideId, { ...override, used: false });
      return { ...state, ledger, overrides, spendings: withEntry(state.spendings, entry.spendingId, { ...entry, reversed: true }) };
    }
    // Bookkeeping of the split streams: the whole fund's history already holds what they summarize.
    case 'welfare.books.opened':
    case 'welfare.books.closed':
    case 'welfare.books.member-money-credited':
    case 'welfare.books.member-money-debited':
    case 'welfare.roster.member-listed':
    case 'welfare.claim.filed':
    case 'welfare.member.year-closed':
    case 'welfare.books.id-recorded':
    case 'welfare.member.contribution-id-recorded':
      return state;
    // A member's year opened with what the years before left standing; the same records, so a
    // whole-fund fold that already holds them is unchanged.
    case 'welfare.member.year-opened':
      return carryIn(state, event.data);
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};
