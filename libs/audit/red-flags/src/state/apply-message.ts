import { MoneyMessage, MoneyMessageOf } from '@kongthun/money-contract';
import { RedFlagConfig } from '../red-flag-config';
import { addAmounts, amountOf, subtractAmounts } from './amounts';
import { dayNumber } from '../arithmetic/calendar-days';
import { evidenceOf } from './evidence';
import { keyOf, RedFlagState, UnitRecord } from './red-flag-state';
import { ShardedTable, tableGet, tableSet } from './sharded-table';
import { partsInWindow, splitCandidateOf } from './split-parts';
import { unitKeyOf } from './unit-declarations';
import { accountAfter } from './account-people';
import { WELFARE_PROGRAMME } from '../rules/welfare-terms';

const EMPTY_UNIT: UnitRecord = { declarations: [], received: '0.00', adminSpent: '0.00' };
/** Cap claims older than this before the newest are dropped: no cap year reaches that far. */
const CAP_CLAIMS_KEPT_DAYS = 800;

const push = <V>(table: ShardedTable<V[]>, key: string, value: V): ShardedTable<V[]> =>
  tableSet(table, key, [...(tableGet(table, key) ?? []), value]);

const updateUnit = (state: RedFlagState, message: MoneyMessage, change: (unit: UnitRecord) => Partial<UnitRecord>): RedFlagState => {
  const key = unitKeyOf(message.programme, message.unitId);
  const unit = tableGet(state.units, key) ?? EMPTY_UNIT;
  return { ...state, units: tableSet(state.units, key, { ...unit, ...change(unit) }) };
};

const withApprovals = (
  state: RedFlagState,
  message: MoneyMessageOf<'money.commitment.made'> | MoneyMessageOf<'money.disbursement.made'>,
): RedFlagState => {
  const { recipient, approvers } = message.data;
  if (recipient === null || approvers.length === 0) return state;
  return {
    ...state,
    approvals: push(state.approvals, keyOf(message.programme, message.unitId, recipient.reference), {
      approverIds: approvers.map((approver) => approver.userId),
      approverHashes: approvers.flatMap((approver) => (approver.citizenIdHash === null ? [] : [approver.citizenIdHash])),
      evidence: evidenceOf(message),
    }),
  };
};

const withSplitPart = (
  state: RedFlagState,
  message: MoneyMessageOf<'money.commitment.made'> | MoneyMessageOf<'money.disbursement.made'>,
  config: RedFlagConfig,
): RedFlagState => {
  const candidate = splitCandidateOf(state, message, config);
  return candidate === null
    ? state
    : { ...state, splitParts: tableSet(state.splitParts, candidate.key, partsInWindow(state, candidate, config)) };
};

const commitmentMade = (state: RedFlagState, message: MoneyMessageOf<'money.commitment.made'>, config: RedFlagConfig): RedFlagState => {
  const { data } = message;
  const key = keyOf(message.programme, message.unitId, data.commitmentId);
  let next: RedFlagState = {
    ...state,
    commitments: tableSet(state.commitments, key, {
      amount: data.amount,
      reversed: '0.00',
      paid: '0.00',
      recipientReference: data.recipient.reference,
      purpose: data.purpose,
      eventDate: data.covers.eventDate,
      evidence: evidenceOf(message),
    }),
  };
  if (message.programme === WELFARE_PROGRAMME && data.covers.eventDate !== null) {
    const capKey = keyOf(message.unitId, data.recipient.reference, data.purpose);
    const newest = dayNumber(data.covers.eventDate);
    const kept = (tableGet(state.capClaims, capKey) ?? []).filter((claim) => newest - dayNumber(claim.eventDate) <= CAP_CLAIMS_KEPT_DAYS);
    next = {
      ...next,
      capClaims: tableSet(next.capClaims, capKey, [
        ...kept,
        { commitmentKey: key, eventDate: data.covers.eventDate, amount: data.amount, evidence: evidenceOf(message) },
      ]),
    };
  }
  return withSplitPart(withApprovals(next, message), message, config);
};

const disbursementMade = (state: RedFlagState, message: MoneyMessageOf<'money.disbursement.made'>, config: RedFlagConfig): RedFlagState => {
  const { data } = message;
  const key = keyOf(message.programme, message.unitId, data.disbursementId);
  const commitmentKey = data.commitmentId === null ? null : keyOf(message.programme, message.unitId, data.commitmentId);
  const citizenIdHash = data.recipient?.citizenIdHash ?? null;
  const withoutException = data.kind === 'administration' && data.exceptionRef === null;
  let next: RedFlagState = {
    ...state,
    disbursements: tableSet(state.disbursements, key, {
      amount: data.amount,
      reversed: '0.00',
      kind: data.kind,
      commitmentKey,
      citizenIdHash,
      withoutException,
      evidence: evidenceOf(message),
    }),
  };
  const commitment = commitmentKey === null ? undefined : tableGet(state.commitments, commitmentKey);
  if (commitmentKey !== null && commitment !== undefined) {
    next = {
      ...next,
      commitments: tableSet(next.commitments, commitmentKey, { ...commitment, paid: addAmounts(commitment.paid, data.amount) }),
    };
  }
  const needStart = data.covers.eventDate ?? data.covers.periodFrom;
  if (citizenIdHash !== null && data.kind !== 'administration' && needStart !== null) {
    const horizon = dayNumber(needStart) - config.duplicatePayment.lookbackDays;
    const kept = (tableGet(next.needsPaid, citizenIdHash) ?? []).filter(
      (need) => dayNumber(need.periodTo ?? need.eventDate ?? need.periodFrom ?? needStart) >= horizon,
    );
    next = {
      ...next,
      needsPaid: tableSet(next.needsPaid, citizenIdHash, [
        ...kept,
        {
          disbursementKey: key,
          commitmentKey,
          programme: message.programme,
          unitId: message.unitId,
          purpose: data.purpose,
          eventDate: data.covers.eventDate,
          periodFrom: data.covers.periodFrom,
          periodTo: data.covers.periodTo,
          amount: data.amount,
          evidence: evidenceOf(message),
        },
      ]),
    };
  }
  const account = accountAfter(state, message, config);
  if (account !== null) next = { ...next, accounts: tableSet(next.accounts, account.accountHash, account.record) };
  if (withoutException) next = updateUnit(next, message, (unit) => ({ adminSpent: addAmounts(unit.adminSpent, data.amount) }));
  return withSplitPart(withApprovals(next, message), message, config);
};

const reversalRecorded = (state: RedFlagState, message: MoneyMessageOf<'money.reversal.recorded'>): RedFlagState => {
  const { undoes, amount } = message.data;
  const key = keyOf(message.programme, message.unitId, undoes.id);
  if (undoes.type === 'money.in.received')
    return updateUnit(state, message, (unit) => ({ received: subtractAmounts(unit.received, amount) }));
  if (undoes.type === 'money.commitment.made') {
    const commitment = tableGet(state.commitments, key);
    if (commitment === undefined) return state;
    const reversed = addAmounts(commitment.reversed, amount);
    const whole = !amountOf(reversed).isLessThan(amountOf(commitment.amount));
    const capKey = keyOf(message.unitId, commitment.recipientReference, commitment.purpose);
    const claims = tableGet(state.capClaims, capKey);
    return {
      ...state,
      commitments: tableSet(state.commitments, key, { ...commitment, reversed }),
      capClaims:
        claims === undefined
          ? state.capClaims
          : tableSet(
              state.capClaims,
              capKey,
              claims.flatMap((claim) =>
                claim.commitmentKey !== key ? [claim] : whole ? [] : [{ ...claim, amount: subtractAmounts(claim.amount, amount) }],
              ),
            ),
    };
  }
  const disbursement = tableGet(state.disbursements, key);
  if (disbursement === undefined) return state;
  const reversed = addAmounts(disbursement.reversed, amount);
  let next: RedFlagState = { ...state, disbursements: tableSet(state.disbursements, key, { ...disbursement, reversed }) };
  const commitment = disbursement.commitmentKey === null ? undefined : tableGet(state.commitments, disbursement.commitmentKey);
  if (disbursement.commitmentKey !== null && commitment !== undefined) {
    next = {
      ...next,
      commitments: tableSet(next.commitments, disbursement.commitmentKey, {
        ...commitment,
        paid: subtractAmounts(commitment.paid, amount),
      }),
    };
  }
  if (disbursement.withoutException) next = updateUnit(next, message, (unit) => ({ adminSpent: subtractAmounts(unit.adminSpent, amount) }));
  const paidTo = disbursement.citizenIdHash;
  if (paidTo !== null && !amountOf(reversed).isLessThan(amountOf(disbursement.amount))) {
    // A payment undone in full no longer pays the need: a later payment for it is no duplicate.
    const needs = (tableGet(next.needsPaid, paidTo) ?? []).filter((need) => need.disbursementKey !== key);
    next = { ...next, needsPaid: tableSet(next.needsPaid, paidTo, needs.length > 0 ? needs : undefined) };
  }
  return next;
};

/** The state after one message (the rules have already read the state before it). */
export const applyMessage = (state: RedFlagState, message: MoneyMessage, config: RedFlagConfig): RedFlagState => {
  switch (message.type) {
    case 'money.unit.declared': {
      const { data } = message;
      const declaration = {
        ruleVersion: data.ruleVersion,
        effectiveFrom: data.effectiveFrom,
        areaCodes: data.areaCodes,
        activeFrom: data.activeFrom,
        activeUntil: data.activeUntil,
        adminCostCapPercent: data.adminCostCapPercent,
        approvalLimit: data.approvalLimit,
        terms: data.terms,
        evidence: evidenceOf(message),
      };
      return updateUnit(state, message, (unit) => ({
        declarations: [...unit.declarations.filter((other) => other.ruleVersion !== data.ruleVersion), declaration].sort(
          (a, b) => a.ruleVersion - b.ruleVersion,
        ),
      }));
    }
    case 'money.in.received':
      return updateUnit(state, message, (unit) => ({ received: addAmounts(unit.received, message.data.amount) }));
    case 'money.commitment.made':
      return commitmentMade(state, message, config);
    case 'money.disbursement.made':
      return disbursementMade(state, message, config);
    case 'money.reversal.recorded':
      return reversalRecorded(state, message);
    case 'money.relation.declared': {
      const { data } = message;
      return {
        ...state,
        relations: push(state.relations, keyOf(message.programme, message.unitId, data.recipientReference), {
          approverId: data.approverId,
          approverCitizenIdHash: data.approverCitizenIdHash,
          relationship: data.relationship,
          evidence: evidenceOf(message),
        }),
      };
    }
    case 'money.expenditure.reported':
    case 'money.beneficiary.registered':
      return state;
    default: {
      const unexpected: never = message;
      return unexpected;
    }
  }
};
