import { MoneyMessageOf } from '@kongthun/money-contract';
import { RedFlagConfig } from '../red-flag-config';
import { amountOf, justUnderLimit } from './amounts';
import { dayNumber } from '../arithmetic/calendar-days';
import { evidenceOf } from './evidence';
import { keyOf, RedFlagState, SplitPart } from './red-flag-state';
import { tableGet } from './sharded-table';
import { declarationOn, unitOf } from './unit-declarations';

type Splittable = MoneyMessageOf<'money.commitment.made'> | MoneyMessageOf<'money.disbursement.made'>;

/**
 * What may be split to slip under an approval limit: commitments, and payments made without one
 * (a payment against a commitment was approved with it, so it would count the same money twice).
 */
export interface SplitCandidate {
  key: string;
  limit: string;
  part: SplitPart;
}

export const splitCandidateOf = (state: RedFlagState, message: Splittable, config: RedFlagConfig): SplitCandidate | null => {
  const isCommitment = message.type === 'money.commitment.made';
  if (!isCommitment && (message.data.commitmentId !== null || message.data.kind === 'administration')) return null;
  const recipient = message.data.recipient;
  if (recipient === null) return null;
  const day = isCommitment ? message.data.decidedOn : message.data.paidOn;
  const limit = declarationOn(unitOf(state, message.programme, message.unitId), day)?.approvalLimit ?? null;
  if (limit === null || !justUnderLimit(amountOf(message.data.amount), amountOf(limit), config.splitPayments.marginPercent)) return null;
  const who = recipient.citizenIdHash ?? `ref:${recipient.reference}`;
  return {
    key: keyOf(message.programme, message.unitId, isCommitment ? 'commitment' : 'payment', who),
    limit,
    part: { day, amount: message.data.amount, evidence: evidenceOf(message) },
  };
};

/** Earlier parts within the window of the candidate's day, then the candidate. */
export const partsInWindow = (state: RedFlagState, candidate: SplitCandidate, config: RedFlagConfig): SplitPart[] => {
  const day = dayNumber(candidate.part.day);
  const earlier = (tableGet(state.splitParts, candidate.key) ?? []).filter(
    (part) => Math.abs(dayNumber(part.day) - day) <= config.splitPayments.windowDays,
  );
  return [...earlier, candidate.part];
};
