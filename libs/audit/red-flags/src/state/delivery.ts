import { MoneyMessage } from '@kongthun/money-contract';
import { keyOf, RedFlagState } from './red-flag-state';
import { tableGet, tableSet } from './sharded-table';

const normalised = (revision: string): string => revision.replace(/^0+(?=\d)/, '');

/** Orders decimal revision strings of any length without bigint. */
const compareRevisions = (a: string, b: string): number => {
  const x = normalised(a);
  const y = normalised(b);
  return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
};

const streamKeyOf = (message: MoneyMessage): string => keyOf(message.programme, message.source.streamId);

/**
 * Whether a message was seen already (at-least-once delivery): messages of one source stream
 * arrive in revision order, so a message below the last revision seen, or at it with an id seen
 * there, is a redelivery. One source event may give several messages, hence the ids per revision.
 */
export const seenBefore = (state: RedFlagState, message: MoneyMessage): boolean => {
  const last = tableGet(state.streams, streamKeyOf(message));
  if (last === undefined) return false;
  const order = compareRevisions(message.source.streamRevision, last.revision);
  return order < 0 || (order === 0 && last.ids.includes(message.id));
};

export const markSeen = (state: RedFlagState, message: MoneyMessage): RedFlagState => {
  const key = streamKeyOf(message);
  const last = tableGet(state.streams, key);
  const revision = normalised(message.source.streamRevision);
  const ids = last !== undefined && last.revision === revision ? [...last.ids, message.id] : [message.id];
  return { ...state, streams: tableSet(state.streams, key, { revision, ids }) };
};
