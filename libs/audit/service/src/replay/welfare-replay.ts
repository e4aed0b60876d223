import { RecordedEvent } from '@kongthun/event-sourcing';
import { Money } from '@kongthun/kernel';
import { evolve, FundEvent, fundBalance, FundState, initialState, isFundEventType } from '@kongthun/welfare-domain';
import { eventsUpTo, ReplayCut } from './replay-cut';

const baht = (money: Money) => money.toJSON();

/** Folds the ledger's copy of a fund stream with the welfare context's own `evolve`. */
export const replayFund = (events: readonly RecordedEvent[], cut: ReplayCut = {}): { state: FundState; replayed: RecordedEvent[] } => {
  const replayed = eventsUpTo(events, cut);
  let state = initialState();
  for (const event of replayed) {
    if (!isFundEventType(event.type)) throw new Error(`${event.streamId}@${event.streamRevision}: ${event.type} is not a welfare fund event`);
    state = evolve(state, { type: event.type, data: event.data } as unknown as FundEvent);
  }
  return { state, replayed };
};

/** What an auditor reads of a replayed fund: its books and the state of every claim and payout. */
export const fundReplayView = (events: readonly RecordedEvent[], cut: ReplayCut = {}) => {
  const { state, replayed } = replayFund(events, cut);
  const last = replayed[replayed.length - 1];
  const upTo = last ? { streamRevision: last.streamRevision.toString(), globalPosition: last.globalPosition.toString(), recordedAt: last.recordedAt } : null;
  if (state.status !== 'Registered') return { status: state.status, eventsReplayed: replayed.length, upTo };
  const balance = fundBalance(state);
  return {
    status: state.status,
    eventsReplayed: replayed.length,
    upTo,
    fundId: state.fundId,
    name: state.name,
    members: [...state.members.values()].map(({ memberId, status, paidThrough }) => ({ memberId, status, paidThrough })),
    claims: [...state.claims.values()].map(({ claimId, memberId, benefit, eventDate, amount, status, approverIds, payoutId }) => ({ claimId, memberId, benefit, eventDate, amount: baht(amount), status, approverIds, payoutId })),
    receivedBySource: Object.fromEntries(Object.entries(balance.receivedBySource).map(([source, amount]) => [source, baht(amount)])),
    benefitsPaid: baht(balance.benefitsPaid),
    adminSpent: baht(balance.adminSpent),
    balance: baht(balance.balance),
  };
};

/** A stream's history as an auditor reads it: who did what, when, and where it sits in the chain. */
export const streamTimeline = (events: readonly RecordedEvent[]) =>
  events.map((event) => ({
    streamRevision: event.streamRevision.toString(),
    globalPosition: event.globalPosition.toString(),
    eventId: event.id,
    type: event.type,
    recordedAt: event.recordedAt,
    actor: event.metadata.actor,
    data: event.data,
    hash: event.hash,
    prevHash: event.prevHash,
  }));
