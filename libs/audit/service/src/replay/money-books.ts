import { Money } from '@kongthun/kernel';
import { MoneyMessage, MoneyMessageOf, UNDOABLE_TYPES } from '@kongthun/money-contract';

type Undoable = (typeof UNDOABLE_TYPES)[number];
type ByUndone = { moneyIn: string; commitments: string; disbursements: string };

/**
 * A programme unit's books as the auditor computes them from the money contract alone (บัญชีที่
 * ผู้ตรวจสอบคำนวณเอง), never with the programme's own code, so that a bug in the programme's
 * arithmetic shows as a difference instead of being repeated. Amounts are baht strings.
 */
export interface MoneyBooks {
  /** The unit's terms: the declaration with the highest rule version seen. */
  unit: Pick<
    MoneyMessageOf<'money.unit.declared'>['data'],
    'name' | 'areaCodes' | 'activeFrom' | 'activeUntil' | 'ruleVersion' | 'adminCostCapPercent'
  > | null;
  /** Money received (เงินรับ), gross, in all and by source kind. */
  moneyIn: { total: string; bySource: Record<string, string> };
  /** Commitments made (awards, entitlements, approved claims), gross. */
  committed: string;
  /** Money paid out, gross, in all and by kind; administration included. */
  disbursed: { total: string; byKind: Record<string, string> };
  /** Mistaken records undone, by what they undid. */
  reversed: ByUndone;
  /** Money given back, by what it gave back. */
  refunded: ByUndone;
  /** Administration disbursements net of their own reversals and refunds (what an admin cap reads). */
  administrationSpent: string;
  /** Money in − disbursed + reversals and refunds of disbursements − reversals and refunds of money in. */
  balance: string;
  counts: {
    messages: number;
    declarations: number;
    moneyIn: number;
    commitments: number;
    disbursements: number;
    reversals: number;
    refunds: number;
    relations: number;
    /** Reversals naming a record this unit's messages never held: worth a look. */
    unmatchedReversals: number;
  };
}

const satang = (baht: string): bigint => Money.fromJSON(baht).satang;
const baht = (amount: bigint): string => Money.ofSatang(amount).toJSON();
const bahtOf = (record: Map<string, bigint>): Record<string, string> =>
  Object.fromEntries([...record].sort(([a], [b]) => a.localeCompare(b)).map(([key, amount]) => [key, baht(amount)]));
const total = (record: Map<string, bigint>): bigint => [...record.values()].reduce((sum, amount) => sum + amount, 0n);
const byUndone = (record: Map<Undoable, bigint>): ByUndone => ({
  moneyIn: baht(record.get('money.in.received') ?? 0n),
  commitments: baht(record.get('money.commitment.made') ?? 0n),
  disbursements: baht(record.get('money.disbursement.made') ?? 0n),
});
const addTo = <K>(record: Map<K, bigint>, key: K, amount: bigint) => record.set(key, (record.get(key) ?? 0n) + amount);

/**
 * Folds a unit's messages, in the order the auditor received them, into its books. Pure: the same
 * messages give the same books. Linear, with one entry per money in, commitment and disbursement.
 */
export const foldMoneyBooks = (messages: Iterable<MoneyMessage>): MoneyBooks => {
  let unit: MoneyBooks['unit'] = null;
  const moneyIn = new Map<string, bigint>();
  const disbursed = new Map<string, bigint>();
  const reversed = new Map<Undoable, bigint>();
  const refunded = new Map<Undoable, bigint>();
  let committed = 0n;
  let administrationSpent = 0n;
  const seen = new Set<string>();
  const administration = new Set<string>();
  const counts: MoneyBooks['counts'] = {
    messages: 0,
    declarations: 0,
    moneyIn: 0,
    commitments: 0,
    disbursements: 0,
    reversals: 0,
    refunds: 0,
    relations: 0,
    unmatchedReversals: 0,
  };
  const key = (type: Undoable, id: string) => `${type}/${id}`;

  for (const message of messages) {
    counts.messages += 1;
    switch (message.type) {
      case 'money.unit.declared': {
        counts.declarations += 1;
        // A later rule version supersedes; republishing an older one does not roll the terms back.
        const { name, areaCodes, activeFrom, activeUntil, ruleVersion, adminCostCapPercent } = message.data;
        if (!unit || ruleVersion >= unit.ruleVersion) unit = { name, areaCodes, activeFrom, activeUntil, ruleVersion, adminCostCapPercent };
        break;
      }
      case 'money.in.received':
        counts.moneyIn += 1;
        addTo(moneyIn, message.data.source.kind, satang(message.data.amount));
        seen.add(key(message.type, message.data.moneyInId));
        break;
      case 'money.commitment.made':
        counts.commitments += 1;
        committed += satang(message.data.amount);
        seen.add(key(message.type, message.data.commitmentId));
        break;
      case 'money.disbursement.made': {
        counts.disbursements += 1;
        const amount = satang(message.data.amount);
        addTo(disbursed, message.data.kind, amount);
        seen.add(key(message.type, message.data.disbursementId));
        if (message.data.kind === 'administration') {
          administrationSpent += amount;
          administration.add(message.data.disbursementId);
        }
        break;
      }
      case 'money.reversal.recorded': {
        const { kind, undoes, amount } = message.data;
        if (kind === 'refund') counts.refunds += 1;
        else counts.reversals += 1;
        if (!seen.has(key(undoes.type, undoes.id))) counts.unmatchedReversals += 1;
        addTo(kind === 'refund' ? refunded : reversed, undoes.type, satang(amount));
        if (undoes.type === 'money.disbursement.made' && administration.has(undoes.id)) administrationSpent -= satang(amount);
        break;
      }
      case 'money.relation.declared':
        counts.relations += 1;
        break;
      case 'money.expenditure.reported':
      // Spending reported by a grantee, or a beneficiary registered, moves no money of the unit: the books stay as they are.
      case 'money.beneficiary.registered':
        break;
      default: {
        const unknown: never = message;
        throw new Error(`not a money message: ${JSON.stringify(unknown).slice(0, 100)}`);
      }
    }
  }

  const undone = (type: Undoable) => (reversed.get(type) ?? 0n) + (refunded.get(type) ?? 0n);
  const balance = total(moneyIn) - total(disbursed) + undone('money.disbursement.made') - undone('money.in.received');
  return {
    unit,
    moneyIn: { total: baht(total(moneyIn)), bySource: bahtOf(moneyIn) },
    committed: baht(committed),
    disbursed: { total: baht(total(disbursed)), byKind: bahtOf(disbursed) },
    reversed: byUndone(reversed),
    refunded: byUndone(refunded),
    administrationSpent: baht(administrationSpent),
    balance: baht(balance),
    counts,
  };
};
