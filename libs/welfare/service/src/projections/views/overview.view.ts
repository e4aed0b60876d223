import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, FundOverview, FundTotalsDocument } from '../fund-read-models';
import { ViewContext, ViewEvent } from '../view-events';
import { balanceChange, CLAIM_STATUS_MOVE, minus, moveCount, plus, STATUS_AFTER } from './running-totals';

const ZERO = '0.00';

/**
 * Totals of a fund whose registration is not projected yet: events of other streams may come
 * first (Kafka orders each stream, not the fund), and their money must not be lost meanwhile.
 */
const unregistered = (fundId: string): FundTotalsDocument => ({
  fundId,
  areaCode: '',
  registered: false,
  overview: {
    fundId,
    name: '',
    areaCode: '',
    foundedOn: '',
    rulesVersion: 0,
    committee: [],
    members: {},
    claims: {},
    receivedBySource: { members: ZERO, codi: ZERO, 'local-government': ZERO, other: ZERO },
    benefitsPaid: ZERO,
    adminSpent: ZERO,
    balance: ZERO,
  },
});

const registered = (
  document: FundTotalsDocument,
  data: Extract<ViewEvent, { type: 'welfare.fund.registered' }>['data'],
): FundTotalsDocument => ({
  fundId: data.fundId,
  areaCode: data.areaCode,
  registered: true,
  overview: {
    ...document.overview,
    name: data.name,
    areaCode: data.areaCode,
    foundedOn: data.foundedOn,
    rulesVersion: Math.max(data.rules.version, document.overview.rulesVersion),
    committee: [...data.committee.map(({ userId, role }) => ({ userId, role })), ...document.overview.committee],
  },
});

/** The overview after an event, from the one before; undefined when the event changes nothing of it. */
const evolveOverview = (overview: FundOverview, event: ViewEvent, context: ViewContext): FundOverview | undefined => {
  const balance = balanceChange(event);
  const next = balance === undefined ? overview : { ...overview, balance: plus(overview.balance, balance) };
  const { receivedBySource: received } = overview;
  switch (event.type) {
    case 'welfare.committee.member-appointed': {
      const { userId, role } = event.data.member;
      // As a map keyed by user: a new appointment of a sitting member keeps their place.
      const sitting = overview.committee.some((member) => member.userId === userId);
      const committee = sitting
        ? overview.committee.map((member) => (member.userId === userId ? { userId, role } : member))
        : [...overview.committee, { userId, role }];
      return { ...next, committee };
    }
    case 'welfare.committee.member-removed':
      return { ...next, committee: overview.committee.filter((member) => member.userId !== event.data.userId) };
    case 'welfare.member.enrolled':
      return {
        ...next,
        members: moveCount(overview.members, undefined, 'active'),
        receivedBySource: { ...received, members: plus(received.members, event.data.joiningFee) },
      };
    case 'welfare.member.lapsed':
    case 'welfare.member.resigned':
    case 'welfare.member.died':
      return { ...next, members: moveCount(overview.members, context.statusBefore, STATUS_AFTER[event.type]) };
    case 'welfare.contribution.recorded':
      return { ...next, receivedBySource: { ...received, members: plus(received.members, event.data.amount) } };
    case 'welfare.contribution.reversed':
      return { ...next, receivedBySource: { ...received, members: minus(received.members, event.data.amount) } };
    case 'welfare.matching-funds.received':
    case 'welfare.matching-funds.reversed': {
      const { source, amount } = event.data;
      const change = event.type === 'welfare.matching-funds.received' ? plus : minus;
      return { ...next, receivedBySource: { ...received, [source]: change(received[source], amount) } };
    }
    case 'welfare.admin-spending.recorded':
      return { ...next, adminSpent: plus(overview.adminSpent, event.data.amount) };
    case 'welfare.admin-spending.reversed':
      return { ...next, adminSpent: minus(overview.adminSpent, event.data.amount) };
    case 'welfare.claim.submitted':
    case 'welfare.claim.approved':
    case 'welfare.claim.rejected': {
      const move = CLAIM_STATUS_MOVE[event.type];
      return { ...next, claims: moveCount(overview.claims, move.from, move.to) };
    }
    case 'welfare.payout.made':
    case 'welfare.payout.reversed': {
      const move = CLAIM_STATUS_MOVE[event.type];
      const change = event.type === 'welfare.payout.made' ? plus : minus;
      return {
        ...next,
        claims: moveCount(overview.claims, move.from, move.to),
        benefitsPaid: change(overview.benefitsPaid, event.data.amount),
      };
    }
    default:
      return undefined;
  }
};

/** The overview view: one document per fund, its running totals only. */
export const overviewChanges = (event: ViewEvent, context: ViewContext): DocumentChange<FundTotalsDocument>[] => [
  {
    collection: FUND_VIEW_COLLECTIONS.overview,
    id: event.data.fundId,
    evolve: (stored) => {
      const document = stored ?? unregistered(event.data.fundId);
      if (event.type === 'welfare.fund.registered') return document.registered ? undefined : registered(document, event.data);
      if (event.type === 'welfare.rules.adopted') {
        const rulesVersion = Math.max(document.overview.rulesVersion, event.data.rules.version);
        return { ...document, overview: { ...document.overview, rulesVersion } };
      }
      const overview = evolveOverview(document.overview, event, context);
      return overview === undefined ? undefined : { ...document, overview };
    },
  },
];
