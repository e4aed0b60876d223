import { dateOfInstant, DomainError, fiscalYearOfDate, fold } from '@kongthun/kernel';
import {
  booksStreamId,
  claimIndexStreamId,
  debitMemberMoney,
  FundCommand,
  fundDecider,
  FundEvent,
  moneyIdStreamId,
  MoneyIdKind,
  RegisteredFund,
  rosterStreamId,
} from '@kongthun/welfare-domain';
import { readContributionId, takeContributionId } from './contribution-ids';
import { FundStreams, LoadedStream, memberEvents, MemberYear, OpenYear, StreamWrite, toMember } from './fund-streams';

/** What a command reads besides governance, and where its decided events go. */
export interface CommandStreams {
  /** Streams to fold after governance, in order (members before books, older books first). */
  loaded: LoadedStream[];
  books: OpenYear | null;
  route: (decided: FundEvent[]) => StreamWrite[];
  /** The writes must land together or not at all (an index or roster entry with the member, a debit with the reversal). */
  together?: boolean;
}

const GOVERNANCE_COMMANDS = new Set<FundCommand['type']>([
  'RegisterFund',
  'AdoptRules',
  'AppointCommitteeMember',
  'RemoveCommitteeMember',
  'GrantAdminOverride',
]);
const MEMBER_COMMANDS = new Set<FundCommand['type']>(['ResignMember', 'RecordMemberDeath', 'ErasePersonalData']);

const claimOwner = (index: LoadedStream): string | null => {
  const [filed] = index.events;
  return filed?.type === 'welfare.claim.filed' ? filed.data.memberId : null;
};

const rosterEntries = (roster: LoadedStream) =>
  roster.events.flatMap((event) => (event.type === 'welfare.roster.member-listed' ? [event.data] : []));

const recorded = (streams: LoadedStream[], type: FundEvent['type'], key: string, id: string): boolean =>
  streams.some((stream) => stream.events.some((event) => event.type === type && (event.data as Record<string, unknown>)[key] === id));

/** The record each money-id kind names, its reversal, and the field holding its id. */
const MONEY_RECORDS: Record<MoneyIdKind, { types: FundEvent['type'][]; key: string }> = {
  payout: { types: ['welfare.payout.made', 'welfare.payout.reversed'], key: 'payoutId' },
  matching: { types: ['welfare.matching-funds.received', 'welfare.matching-funds.reversed'], key: 'matchingId' },
  spending: { types: ['welfare.admin-spending.recorded', 'welfare.admin-spending.reversed'], key: 'spendingId' },
};

/** Books streams once each, oldest year first: a record and its reversal fold in the order they happened. */
const inYearOrder = (books: LoadedStream[]): LoadedStream[] => {
  const year = (stream: LoadedStream) => Number(stream.streamId.slice(stream.streamId.lastIndexOf('-') + 1));
  const unique = new Map(books.map((stream) => [stream.streamId, stream]));
  return [...unique.values()].sort((a, b) => year(a) - year(b));
};

/**
 * Reads only what `command` needs (README, "Streams: the cut"): never a stream that grows with the
 * fund's age. `fund` is the governance fold (null before registration).
 */
export const commandStreams = async (
  streams: FundStreams,
  fundId: string,
  fund: RegisteredFund | null,
  governance: LoadedStream,
  command: FundCommand,
): Promise<CommandStreams> => {
  const toGovernance = { loaded: [], books: null, route: (events: FundEvent[]) => [{ stream: governance, events }] };
  if (GOVERNANCE_COMMANDS.has(command.type) || fund === null) return toGovernance;
  const today = fiscalYearOfDate(dateOfInstant(command.metadata.now));
  const member = (memberId: string): Promise<MemberYear> =>
    streams.memberYear(fundId, memberId, today, fiscalYearOfDate(fund.foundedOn), governance.events);
  const openYear = () => streams.openYear(fundId, today, fiscalYearOfDate(fund.foundedOn), command.metadata);
  /**
   * The id's index (README, "Uniqueness of ids"): the books of every year it names are read too, so an
   * id reused from any closed year is refused as a duplicate, and a reversal finds its record (and an
   * earlier reversal of it) without walking back through the years. The entry naming the open year is
   * written only when a record or reversal of the id is, with no revision check (it adds a fact): a
   * refusal writes nothing.
   */
  const moneyId = async (kind: MoneyIdKind, id: string, year: OpenYear) => {
    const index = await streams.read(moneyIdStreamId(fundId, kind, id));
    const years = index.events.flatMap((event) => (event.type === 'welfare.books.id-recorded' ? [event.data.fiscalYear] : []));
    const books = await Promise.all(
      [...new Set(years)]
        .filter((fiscalYear) => fiscalYear !== year.fiscalYear)
        .map((fiscalYear) => streams.read(booksStreamId(fundId, fiscalYear))),
    );
    const { types, key } = MONEY_RECORDS[kind];
    const entry: FundEvent = { type: 'welfare.books.id-recorded', data: { fundId, kind, id, fiscalYear: year.fiscalYear } };
    const indexWrite = (events: FundEvent[]): StreamWrite[] =>
      !years.includes(year.fiscalYear) &&
      events.some((event) => types.includes(event.type) && (event.data as Record<string, unknown>)[key] === id)
        ? [{ stream: index, events: [entry], anyRevision: true }]
        : [];
    return { books, indexWrite };
  };

  /**
   * A reversal reads the id's index, the books years it names and the open year: bounded however old
   * the record. Its index entry (when the open year is new to the index) lands in the same transaction
   * as the books, so a later reversal always sees this one; without transactions it is written first
   * (a leftover only makes a later command read one year more).
   */
  const reversal = async (kind: MoneyIdKind, id: string): Promise<CommandStreams> => {
    const year = await openYear();
    const named = await moneyId(kind, id, year);
    return {
      loaded: inYearOrder([...year.earlier, ...named.books]),
      books: year,
      together: true,
      route: (events) => [...named.indexWrite(events), ...toBooks(year, events)],
    };
  };

  if (command.type === 'RecordContribution') {
    const { memberId, contributionId } = command.data;
    const [year, id] = await Promise.all([member(memberId), readContributionId(streams, fundId, contributionId)]);
    const stream = memberEvents(year);
    const folded = fold(fundDecider, [...governance.events, ...stream.events]);
    const held = folded.status === 'Registered' && folded.members.get(memberId)?.contributionIds.includes(contributionId) === true;
    const indexWrite = takeContributionId(id, { fundId, contributionId, memberId, fiscalYear: today }, held);
    return { loaded: [stream], books: null, route: (events) => [...indexWrite(events), ...toMember(year, events)] };
  }

  if (MEMBER_COMMANDS.has(command.type)) {
    const year = await member((command.data as { memberId: string }).memberId);
    return { loaded: [memberEvents(year)], books: null, route: (events) => toMember(year, events) };
  }
  switch (command.type) {
    case 'DeclareRelation':
      // The relation is governance; the member it names must exist.
      return {
        loaded: [memberEvents(await member(command.data.memberId))],
        books: null,
        route: (events) => [{ stream: governance, events }],
      };
    case 'EnrolMember': {
      const roster = await streams.read(rosterStreamId(fundId));
      const { memberId, citizenIdHash } = command.data;
      const entries = rosterEntries(roster);
      const samePerson = entries.filter((entry) => entry.citizenIdHash === citizenIdHash && entry.memberId !== memberId);
      // A member id listed already is read (from whichever year holds it), so the decider refuses it as a duplicate.
      const listed = entries.some((entry) => entry.memberId === memberId);
      const [others, year] = await Promise.all([
        Promise.all(samePerson.map((entry) => member(entry.memberId))),
        listed ? member(memberId) : streams.memberYear(fundId, memberId, today, today, []),
      ]);
      return {
        loaded: [...others, year].map(memberEvents),
        books: null,
        together: true,
        route: (events) => [
          { stream: roster, events: [{ type: 'welfare.roster.member-listed', data: { fundId, memberId, citizenIdHash } }] },
          ...toMember(year, events),
        ],
      };
    }
    case 'ApplyLapses': {
      // The job names its candidates; without them every member on the roster is read.
      const { memberIds } = command.data;
      const entries =
        memberIds === undefined ? rosterEntries(await streams.read(rosterStreamId(fundId))) : memberIds.map((memberId) => ({ memberId }));
      const members = new Map(await Promise.all(entries.map(async (entry) => [entry.memberId, await member(entry.memberId)] as const)));
      return {
        loaded: [...members.values()].map(memberEvents),
        books: null,
        // One write per member, in the order decided (member-id order).
        route: (events) =>
          events.flatMap((event) => {
            const year = members.get((event.data as { memberId: string }).memberId);
            return year === undefined ? [] : toMember(year, [event]);
          }),
      };
    }
    case 'SubmitClaim': {
      const { claimId, memberId } = command.data;
      const [index, year] = await Promise.all([streams.read(claimIndexStreamId(fundId, claimId)), member(memberId)]);
      const stream = memberEvents(year);
      // An index entry for this member whose claim never reached the member's stream was left by an
      // attempt that lost a race there (or was refused on retry): the id is still this member's to use.
      const folded = fold(fundDecider, [...governance.events, ...stream.events]);
      const reserved = claimOwner(index) === memberId && folded.status === 'Registered' && !folded.claims.has(claimId);
      if (index.revision >= 0n && !reserved)
        throw new DomainError('claim.duplicate', `Claim ${claimId} exists`, { messageTh: 'มีคำขอนี้แล้ว', details: { claimId } });
      const filed: FundEvent = { type: 'welfare.claim.filed', data: { fundId, claimId, memberId } };
      return {
        loaded: [stream],
        books: null,
        together: true,
        route: (events) => [...(reserved ? [] : [{ stream: index, events: [filed] }]), ...toMember(year, events)],
      };
    }
    case 'ApproveClaim':
    case 'RejectClaim': {
      const owner = claimOwner(await streams.read(claimIndexStreamId(fundId, command.data.claimId)));
      if (owner === null) return { loaded: [], books: null, route: () => [] };
      const year = await member(owner);
      return { loaded: [memberEvents(year)], books: null, route: (events) => toMember(year, events) };
    }
    case 'PayClaim': {
      const owner = claimOwner(await streams.read(claimIndexStreamId(fundId, command.data.claimId)));
      const [memberYear, year] = await Promise.all([owner === null ? null : member(owner), openYear()]);
      const stream = memberYear === null ? null : memberEvents(memberYear);
      // A claim is paid at most once: every year since its approval is read (closed years do not change).
      const claim = stream === null ? undefined : fold(fundDecider, [...governance.events, ...stream.events]);
      const approvedOn = claim?.status === 'Registered' ? claim.claims.get(command.data.claimId)?.approvedOn : null;
      const since = approvedOn === null || approvedOn === undefined ? year.fiscalYear : fiscalYearOfDate(approvedOn);
      const older = await streams.earlierYears(fundId, year, since);
      const id = await moneyId('payout', command.data.payoutId, year);
      return {
        loaded: [...(stream === null ? [] : [stream]), ...inYearOrder([...older, ...year.earlier, ...id.books])],
        books: year,
        route: (events) => [...toBooks(year, events), ...id.indexWrite(events)],
      };
    }
    case 'ReversePayout':
      return reversal('payout', command.data.payoutId);
    case 'ReverseMatchingFunds':
      return reversal('matching', command.data.matchingId);
    case 'ReverseAdminSpending':
      return reversal('spending', command.data.spendingId);
    case 'RecordMatchingFunds':
    case 'RecordAdminSpending': {
      const year = await openYear();
      const id =
        command.type === 'RecordMatchingFunds'
          ? await moneyId('matching', command.data.matchingId, year)
          : await moneyId('spending', command.data.spendingId, year);
      return {
        loaded: inYearOrder([...year.earlier, ...id.books]),
        books: year,
        route: (events) => [...toBooks(year, events), ...id.indexWrite(events)],
      };
    }
    case 'ReverseContribution': {
      const { memberId, contributionId } = command.data;
      if (memberId === undefined)
        throw new DomainError('contribution.not-found', `No record ${contributionId}`, {
          messageTh: 'ไม่พบรายการที่จะกลับรายการ',
          details: { id: contributionId },
        });
      const [memberYear, year] = await Promise.all([member(memberId), openYear()]);
      return {
        loaded: [memberEvents(memberYear)],
        books: year,
        together: true,
        route: (events) => {
          const reversal = events.find((event) => event.type === 'welfare.contribution.reversed');
          // Taken out of the books first, serialized with money out; a retry after a member conflict does not take it twice.
          const debited = recorded([year.books], 'welfare.books.member-money-debited', 'reversalId', command.data.reversalId);
          const debit =
            reversal === undefined || debited
              ? []
              : debitMemberMoney({ type: 'DebitMemberMoney', data: { reversal }, metadata: command.metadata }, year.state);
          return [...toBooks(year, debit), ...toMember(memberYear, events)];
        },
      };
    }
    default:
      return toGovernance;
  }
};

/** Books writes: the close of the year before and the opening go first, with the command's own events. */
const toBooks = (year: OpenYear, events: FundEvent[]): StreamWrite[] =>
  events.length === 0
    ? []
    : [...(year.closing === null ? [] : [year.closing]), { stream: year.books, events: [...year.opening, ...events] }];
