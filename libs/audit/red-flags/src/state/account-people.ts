import { MoneyMessageOf } from '@kongthun/money-contract';
import { RedFlagConfig } from '../red-flag-config';
import { evidenceOf } from './evidence';
import { AccountRecord, RedFlagState } from './red-flag-state';
import { tableGet } from './sharded-table';

/**
 * The people paid into the payment's account once it is counted, kept only up to the threshold:
 * an account is flagged once (`flagged`), and after that nobody more needs remembering. Null when
 * the payment names no account and person, or changes nothing.
 */
export const accountAfter = (
  state: RedFlagState,
  message: MoneyMessageOf<'money.disbursement.made'>,
  config: RedFlagConfig,
): { accountHash: string; record: AccountRecord; reachedThreshold: boolean } | null => {
  const accountHash = message.data.recipient?.accountHash ?? null;
  const citizenIdHash = message.data.recipient?.citizenIdHash ?? null;
  if (accountHash === null || citizenIdHash === null) return null;
  const account = tableGet(state.accounts, accountHash) ?? { people: [], flagged: false };
  if (account.flagged || account.people.some((person) => person.citizenIdHash === citizenIdHash)) return null;
  const people = [...account.people, { citizenIdHash, evidence: evidenceOf(message) }];
  const reachedThreshold = people.length >= config.sharedAccount.minDistinctPeople;
  return { accountHash, record: { people, flagged: reachedThreshold }, reachedThreshold };
};
