import { MoneyMessage } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';

/**
 * Contract messages for finance tests, built with the contract's own factory: a unit with its
 * areas, money in, a commitment, a disbursement to an area, a reversal or refund.
 */
const documentOf = (reference: string) => ({ reference, amountFigures: null, amountWords: null });
const covers = { eventDate: null, periodFrom: null, periodTo: null };
const party = (reference: string) => ({ reference, citizenIdHash: null, accountHash: null, memberSince: null });

export const unitDeclared = (
  programme: string,
  unitId: string,
  areaCodes: string[],
  name = `หน่วย ${unitId}`,
  ruleVersion = 1,
): MoneyMessage =>
  moneyMessage(
    'money.unit.declared',
    {
      name,
      areaCodes,
      activeFrom: '2020-01-01',
      activeUntil: null,
      ruleVersion,
      effectiveFrom: '2020-01-01',
      adminCostCapPercent: null,
      approvalLimit: null,
      terms: {},
    },
    { programme, unitId },
  );

export const moneyIn = (
  programme: string,
  unitId: string,
  moneyInId: string,
  amount: string,
  receivedOn: string,
  kind: 'member-contribution' | 'joining-fee' | 'matching' | 'budget-allocation' | 'donation' | 'other' = 'budget-allocation',
  fiscalYear?: number,
  payer: string | null = null,
): MoneyMessage =>
  moneyMessage(
    'money.in.received',
    {
      moneyInId,
      source: { kind, name: kind === 'matching' ? 'พอช.' : 'แหล่งเงิน' },
      amount,
      receivedOn,
      fiscalYear: fiscalYear ?? (Number(receivedOn.slice(5, 7)) >= 10 ? 1 : 0) + Number(receivedOn.slice(0, 4)) + 543,
      document: documentOf(`doc-${moneyInId}`),
      payer: payer === null ? null : party(payer),
    },
    { programme, unitId, occurredOn: receivedOn },
  );

export const commitment = (
  programme: string,
  unitId: string,
  commitmentId: string,
  amount: string,
  decidedOn: string,
  purpose = 'sickness',
): MoneyMessage =>
  moneyMessage(
    'money.commitment.made',
    {
      commitmentId,
      kind: 'approved-claim',
      recipient: party(`r-${commitmentId}`),
      purpose,
      covers,
      amount,
      approvers: [],
      ruleVersion: 1,
      decidedOn,
      document: null,
    },
    { programme, unitId, occurredOn: decidedOn },
  );

export const disbursement = (
  programme: string,
  unitId: string,
  disbursementId: string,
  amount: string,
  paidOn: string,
  areaCode: string,
  purpose = 'sickness',
  kind: 'benefit' | 'administration' | 'grant-tranche' | 'relief' = 'benefit',
): MoneyMessage =>
  moneyMessage(
    'money.disbursement.made',
    {
      disbursementId,
      commitmentId: null,
      kind,
      recipient: kind === 'administration' ? null : party(`r-${disbursementId}`),
      purpose,
      covers,
      amount,
      method: 'bank-transfer',
      paidOn,
      areaCode,
      approvers: [],
      ruleVersion: 1,
      exceptionRef: null,
      document: null,
    },
    { programme, unitId, occurredOn: paidOn },
  );

export const reversal = (
  programme: string,
  unitId: string,
  reversalId: string,
  undoes: { type: 'money.in.received' | 'money.commitment.made' | 'money.disbursement.made'; id: string },
  amount: string,
  recordedOn: string,
  kind: 'reversal' | 'refund' = 'reversal',
): MoneyMessage =>
  moneyMessage(
    'money.reversal.recorded',
    { reversalId, kind, undoes, amount, recordedOn, reason: 'บันทึกผิด' },
    { programme, unitId, occurredOn: recordedOn },
  );
