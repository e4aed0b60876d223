import { z } from 'zod/v4';
import { beneficiaryRegistered } from './beneficiary.schema';
import { expenditureReported } from './expenditure.schema';
import { MONEY_CONTRACT } from './money-topic';

/**
 * The money contract (สัญญาข้อมูลการเงิน), version 1: every movement of money in every programme,
 * as the programme publishes it. Programme events stay internal; auditors, provincial finance and
 * exports read only this. Money is baht as a decimal string with two decimals, never negative
 * (a reversal names what it undoes instead); days are Bangkok calendar days `YYYY-MM-DD`; people
 * and accounts appear only as keyed hashes under the key named by `keyId`.
 */
export const baht = z.string().regex(/^\d{1,15}\.\d{2}$/, 'baht as a decimal string with two decimals');
export const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a calendar day YYYY-MM-DD');
const id = z.string().min(1).max(200);
const keyedHash = z.string().regex(/^[0-9a-f]{64}$/, 'a keyed hash: 64 lower-case hex digits');
/** Official area code (รหัสพื้นที่): province 2 digits, district 4, subdistrict 6, village 8. */
export const areaCode = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{2})?)?)?$/, 'an area code of 2, 4, 6 or 8 digits');

/** The programme's own event a message was translated from, so anyone can prove it in the ledger. */
export const sourceEventRef = z.strictObject({
  eventId: z.uuid(),
  streamId: id,
  streamRevision: z.string().regex(/^\d+$/),
  type: id,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The document money rests on (receipt, letter, claim form), with figures and Thai words where it has both. */
export const moneyDocument = z.strictObject({
  reference: id,
  amountFigures: baht.nullable(),
  amountWords: z.string().min(1).nullable(),
});

/** Who receives or pays: the programme's own reference, and keyed hashes for matching across programmes. */
export const party = z.strictObject({
  /** Member id, household id, organisation id: meaningful within the programme unit only. */
  reference: id,
  citizenIdHash: keyedHash.nullable(),
  accountHash: keyedHash.nullable(),
  /** When the person joined the programme unit, where membership matters (welfare waiting periods). */
  memberSince: day.nullable(),
});

export const approver = z.strictObject({ userId: id, citizenIdHash: keyedHash.nullable() });

/** The need a commitment or payment covers: an event on a day, or a period. */
export const covers = z.strictObject({ eventDate: day.nullable(), periodFrom: day.nullable(), periodTo: day.nullable() });

const unitDeclared = z.strictObject({
  name: z.string().min(1),
  /** Where the unit may pay: a payment outside every one of these is a red flag. */
  areaCodes: z.array(areaCode).min(1),
  activeFrom: day,
  activeUntil: day.nullable(),
  /** The rule version these terms belong to; later declarations with a higher version supersede. */
  ruleVersion: z.int().positive(),
  effectiveFrom: day,
  /** Administration may take at most this percent of money received (null: no cap). */
  adminCostCapPercent: z.number().min(0).max(100).nullable(),
  /** Commitments above this amount need more approvers (null: one tier). */
  approvalLimit: baht.nullable(),
  /** Programme-specific terms, validated by the programme's own contracts library. */
  terms: z.record(z.string(), z.unknown()),
});

export const MONEY_IN_SOURCES = ['member-contribution', 'joining-fee', 'matching', 'budget-allocation', 'donation', 'other'] as const;
const moneyInReceived = z.strictObject({
  moneyInId: id,
  source: z.strictObject({ kind: z.enum(MONEY_IN_SOURCES), name: z.string().min(1) }),
  amount: baht,
  receivedOn: day,
  /** Thai fiscal year in the Buddhist Era (October–September). */
  fiscalYear: z.int().min(2400).max(2700),
  document: moneyDocument,
  payer: party.nullable(),
});

export const COMMITMENT_KINDS = ['approved-claim', 'award', 'entitlement'] as const;
const commitmentMade = z.strictObject({
  commitmentId: id,
  kind: z.enum(COMMITMENT_KINDS),
  recipient: party,
  /** Benefit or purpose category, e.g. `sickness`, `house-repair`, `tranche`. */
  purpose: id,
  covers,
  amount: baht,
  approvers: z.array(approver),
  ruleVersion: z.int().positive(),
  decidedOn: day,
  document: moneyDocument.nullable(),
});

export const DISBURSEMENT_KINDS = ['benefit', 'administration', 'grant-tranche', 'relief'] as const;
export const PAYMENT_METHODS = ['cash', 'bank-transfer', 'promptpay', 'cheque'] as const;
const disbursementMade = z.strictObject({
  disbursementId: id,
  commitmentId: id.nullable(),
  kind: z.enum(DISBURSEMENT_KINDS),
  /** Null where nobody is paid as a beneficiary (administration spending pays a supplier). */
  recipient: party.nullable(),
  purpose: id,
  covers,
  amount: baht,
  method: z.enum(PAYMENT_METHODS),
  paidOn: day,
  /** Area the money went to (the recipient's), checked against the unit's areas. */
  areaCode,
  approvers: z.array(approver),
  ruleVersion: z.int().positive(),
  /** A resolution that allowed this payment beyond a cap, where the rules allow exceptions. */
  exceptionRef: id.nullable(),
  document: moneyDocument.nullable(),
});

export const UNDOABLE_TYPES = ['money.in.received', 'money.commitment.made', 'money.disbursement.made'] as const;
const reversalRecorded = z.strictObject({
  reversalId: id,
  /** `reversal`: a mistaken record undone; `refund`: money given back. */
  kind: z.enum(['reversal', 'refund']),
  undoes: z.strictObject({ type: z.enum(UNDOABLE_TYPES), id }),
  amount: baht,
  recordedOn: day,
  reason: z.string().min(1),
});

/** An approver declared related to a recipient (ญาติ/ผู้มีส่วนได้เสีย): they must not approve them. */
const relationDeclared = z.strictObject({
  approverId: id,
  approverCitizenIdHash: keyedHash.nullable(),
  recipientReference: id,
  relationship: z.string().min(1),
});

/** Data schemas of every message type, at the current version. */
export const moneyDataSchemas = {
  'money.unit.declared': unitDeclared,
  'money.in.received': moneyInReceived,
  'money.commitment.made': commitmentMade,
  'money.disbursement.made': disbursementMade,
  'money.reversal.recorded': reversalRecorded,
  'money.relation.declared': relationDeclared,
  'money.expenditure.reported': expenditureReported,
  'money.beneficiary.registered': beneficiaryRegistered,
} as const;

export type MoneyMessageType = keyof typeof moneyDataSchemas;
export const MONEY_MESSAGE_TYPES = Object.keys(moneyDataSchemas) as MoneyMessageType[];

/** What every message carries whatever its type. */
export const moneyEnvelopeFields = {
  contract: z.literal(MONEY_CONTRACT),
  schemaVersion: z.int().positive(),
  /** Deterministic from the source event ({@link moneyMessageId}): a republished message keeps its id. */
  id: z.uuid(),
  /** A programme name, e.g. `welfare`, `grants`, `relief`; new programmes need no change here. */
  programme: z.string().regex(/^[a-z][a-z-]{1,39}$/),
  /** The programme unit: a fund, a grant project, a disaster declaration. */
  unitId: id,
  /** The business day the movement happened on (replay "as of a date" uses it). */
  occurredOn: day,
  recordedAt: z.iso.datetime({ offset: true }),
  /** Id of the key citizen IDs and accounts were hashed with (never the key). */
  keyId: z.string().regex(/^hk-[0-9a-f]{16}$/),
  source: sourceEventRef,
};

const messageOf = <T extends MoneyMessageType>(type: T) =>
  z.strictObject({ ...moneyEnvelopeFields, type: z.literal(type), data: moneyDataSchemas[type] });

export const moneyMessageSchema = z.discriminatedUnion('type', [
  messageOf('money.unit.declared'),
  messageOf('money.in.received'),
  messageOf('money.commitment.made'),
  messageOf('money.disbursement.made'),
  messageOf('money.reversal.recorded'),
  messageOf('money.relation.declared'),
  messageOf('money.expenditure.reported'),
  messageOf('money.beneficiary.registered'),
]);

export type MoneyMessage = z.infer<typeof moneyMessageSchema>;
export type MoneyMessageOf<T extends MoneyMessageType> = Extract<MoneyMessage, { type: T }>;
export type MoneyParty = z.infer<typeof party>;
export type MoneyDocument = z.infer<typeof moneyDocument>;
export type MoneyCovers = z.infer<typeof covers>;
export type MoneyApprover = z.infer<typeof approver>;
export type SourceEventRef = z.infer<typeof sourceEventRef>;

/** The loose first pass: enough to pick the type and version before upcasting the data. */
export const moneyEnvelopeSchema = z.looseObject({
  contract: z.literal(MONEY_CONTRACT),
  schemaVersion: z.int().positive(),
  type: z.enum(MONEY_MESSAGE_TYPES as [MoneyMessageType, ...MoneyMessageType[]]),
  data: z.record(z.string(), z.unknown()),
});
