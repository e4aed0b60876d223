import { MONEY_IN_SOURCES } from '@kongthun/money-contract';

/** What a money movement is, for the books: one row per contract message that moves money. */
export const ENTRY_KINDS = ['in', 'commitment', 'disbursement', 'reversal', 'refund'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** The kinds a reversal or refund can undo. */
export type UndoableKind = 'in' | 'commitment' | 'disbursement';
export type MoneyInSource = (typeof MONEY_IN_SOURCES)[number];

/** A programme unit as it last declared itself (ผู้รับผิดชอบงบ: a fund, a grant project, a disaster declaration). */
export interface FinanceUnit {
  programme: string;
  unitId: string;
  name: string;
  areaCodes: string[];
  /** Where the unit's own money counts when a message names no area ({@link homeAreaOf}). */
  homeArea: string | null;
  /** Declarations with a higher rule version supersede; an equal one is a redelivery. */
  ruleVersion: number;
}

/**
 * One movement of money (รายการเงิน), keyed by the id of the message it came from, so a
 * redelivered message is the same row. Reversals and refunds keep what they undo
 * (`undoes`), and take its area and source when they name none themselves.
 */
export interface FinanceEntry {
  messageId: string;
  programme: string;
  unitId: string;
  kind: EntryKind;
  /** The programme's id of the movement: moneyInId, commitmentId, disbursementId, reversalId. */
  refId: string;
  amountSatang: bigint;
  /** The business day (`YYYY-MM-DD`) it happened on: paid, received, decided, recorded. */
  day: string;
  /** BE fiscal year: as the message states it for money in, else of `day`. */
  fiscalYear: number;
  /** ISO month `YYYY-MM` of `day`. */
  month: string;
  /** The area the message names (a disbursement's recipient); null: the unit's home area. */
  areaCode: string | null;
  sourceKind: MoneyInSource | null;
  sourceName: string | null;
  /** Benefit or purpose (`sickness`, `tranche`, `house-repair`) of commitments and disbursements. */
  purpose: string | null;
  /** Disbursements: benefit, administration, grant-tranche, relief. */
  disbursementKind: string | null;
  method: string | null;
  commitmentId: string | null;
  /** The programme's reference of the recipient (member, household, organisation), never a person's ID. */
  recipientRef: string | null;
  /** The programme's reference of the payer of money in (a member paying a contribution). */
  payerRef: string | null;
  undoesKind: UndoableKind | null;
  undoesRef: string | null;
}

export type FinanceRecord = { type: 'unit'; unit: FinanceUnit } | { type: 'entry'; entry: FinanceEntry };
