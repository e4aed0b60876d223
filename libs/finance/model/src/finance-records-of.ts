import { Money } from '@kongthun/kernel';
import { MoneyMessage } from '@kongthun/money-contract';
import { FinanceEntry, FinanceRecord, UndoableKind } from './finance-record';
import { fiscalYearOfDay, monthOfDay } from './fiscal-day';
import { homeAreaOf } from './home-area';

const UNDOES: Record<string, UndoableKind> = {
  'money.in.received': 'in',
  'money.commitment.made': 'commitment',
  'money.disbursement.made': 'disbursement',
};

const satangOf = (baht: string): bigint => Money.fromJSON(baht).satang;

type Base = Pick<FinanceEntry, 'messageId' | 'programme' | 'unitId'>;
const blank = (base: Base) => ({
  ...base,
  areaCode: null,
  sourceKind: null,
  sourceName: null,
  purpose: null,
  disbursementKind: null,
  method: null,
  commitmentId: null,
  recipientRef: null,
  payerRef: null,
  undoesKind: null,
  undoesRef: null,
});
const dated = (day: string) => ({ day, fiscalYear: fiscalYearOfDay(day), month: monthOfDay(day) });

/**
 * What one money-contract message adds to the provincial books: a unit's declaration, one entry,
 * or nothing (relations concern the auditor only). Pure and total over the contract, so the books
 * are a fold of the log, rebuilt by folding it again.
 */
export const financeRecordsOf = (message: MoneyMessage): FinanceRecord[] => {
  const base: Base = { messageId: message.id, programme: message.programme, unitId: message.unitId };
  switch (message.type) {
    case 'money.unit.declared': {
      const { name, areaCodes, ruleVersion } = message.data;
      return [
        {
          type: 'unit',
          unit: { programme: message.programme, unitId: message.unitId, name, areaCodes, homeArea: homeAreaOf(areaCodes), ruleVersion },
        },
      ];
    }
    case 'money.in.received': {
      const d = message.data;
      return [
        {
          type: 'entry',
          entry: {
            ...blank(base),
            kind: 'in',
            refId: d.moneyInId,
            amountSatang: satangOf(d.amount),
            ...dated(d.receivedOn),
            // The document states the fiscal year the money belongs to (a budget for FY 2567 received in September 2566).
            fiscalYear: d.fiscalYear,
            sourceKind: d.source.kind,
            sourceName: d.source.name,
            payerRef: d.payer?.reference ?? null,
          },
        },
      ];
    }
    case 'money.commitment.made': {
      const d = message.data;
      return [
        {
          type: 'entry',
          entry: {
            ...blank(base),
            kind: 'commitment',
            refId: d.commitmentId,
            amountSatang: satangOf(d.amount),
            ...dated(d.decidedOn),
            purpose: d.purpose,
            recipientRef: d.recipient.reference,
          },
        },
      ];
    }
    case 'money.disbursement.made': {
      const d = message.data;
      return [
        {
          type: 'entry',
          entry: {
            ...blank(base),
            kind: 'disbursement',
            refId: d.disbursementId,
            amountSatang: satangOf(d.amount),
            ...dated(d.paidOn),
            areaCode: d.areaCode,
            purpose: d.purpose,
            disbursementKind: d.kind,
            method: d.method,
            commitmentId: d.commitmentId,
            recipientRef: d.recipient?.reference ?? null,
          },
        },
      ];
    }
    case 'money.reversal.recorded': {
      const d = message.data;
      return [
        {
          type: 'entry',
          entry: {
            ...blank(base),
            kind: d.kind,
            refId: d.reversalId,
            amountSatang: satangOf(d.amount),
            ...dated(d.recordedOn),
            undoesKind: UNDOES[d.undoes.type],
            undoesRef: d.undoes.id,
          },
        },
      ];
    }
    case 'money.relation.declared':
    // What a grantee reports spending out of money already disbursed moves no money of the programme.
    case 'money.expenditure.reported':
    // A beneficiary registered is owed nothing yet: money moves with the commitment.
    case 'money.beneficiary.registered':
      return [];
    default: {
      const unknown: never = message;
      throw new Error(`unhandled money message ${(unknown as { type: string }).type}`);
    }
  }
};
