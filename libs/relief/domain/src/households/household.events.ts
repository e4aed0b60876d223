import { DamageItem, Entitlement } from '../rates/entitlements';

/** A person of the household: keyed hash of the citizen ID and a reference to their encrypted record. */
export interface HouseholdPerson {
  citizenIdHash: string;
  personalDataRef: string;
}

export type PayeeMethod = 'bank-transfer' | 'promptpay';

/** A household as the district committee (ก.ช.ภ.อ.) registered it. */
export interface HouseholdRegistration {
  /** Keyed hash of the house-registration number (เลขรหัสประจำบ้าน): one registration per declaration. */
  householdId: string;
  /** Village: subdistrict code and หมู่ที่, 8 digits. */
  villageCode: string;
  head: HouseholdPerson;
  members: HouseholdPerson[];
  /** Certification by the village head or kamnan (document ref, and the certifier's keyed hash). */
  certifiedBy: { documentRef: string; certifierIdHash: string };
  /** Minutes of the community meeting (ประชาคมหมู่บ้าน) that confirmed the household. */
  communityMeetingRef: string;
  /** Keyed hash of the bank account or PromptPay id, and which of the two it is. */
  accountHash: string;
  method: PayeeMethod;
}

export interface HouseholdsRegistered {
  type: 'relief.households.registered';
  data: { declarationId: string; bucket: number; registeredOn: string; registeredBy: string; households: HouseholdRegistration[] };
}

export interface HouseholdAssessment {
  householdId: string;
  /** Copied from the registration so the assessment is published without a lookup. */
  headCitizenIdHash: string;
  accountHash: string;
  villageCode: string;
  assessmentId: string;
  floodDays: number | null;
  items: DamageItem[];
  entitlements: Entitlement[];
}

export interface HouseholdsAssessed {
  type: 'relief.households.assessed';
  data: {
    declarationId: string;
    bucket: number;
    disasterDate: string;
    assessedOn: string;
    assessedBy: string;
    assessments: HouseholdAssessment[];
  };
}

/** What a paid line needs to be published without looking anything up. */
export interface PaymentLine {
  householdId: string;
  reference: string;
  attempt: number;
  amount: string;
  entitlements: { entitlementId: string; item: string; amount: string }[];
}

export interface PaymentsIssued {
  type: 'relief.payments.issued';
  data: {
    declarationId: string;
    bucket: number;
    runId: string;
    method: PayeeMethod;
    issuedOn: string;
    approverIds: string[];
    payments: PaymentLine[];
  };
}

export interface SettledPayment extends PaymentLine {
  villageCode: string;
  headCitizenIdHash: string;
  accountHash: string;
  certifierIdHash: string;
}

export interface PaymentsSettled {
  type: 'relief.payments.settled';
  data: {
    declarationId: string;
    bucket: number;
    runId: string;
    method: PayeeMethod;
    paidOn: string;
    disasterDate: string;
    approverIds: string[];
    payments: SettledPayment[];
  };
}

export interface PaymentsFailed {
  type: 'relief.payments.failed';
  data: {
    declarationId: string;
    bucket: number;
    runId: string;
    failedOn: string;
    payments: { householdId: string; reference: string; amount: string; reason: string }[];
  };
}

/** Paid transfers the bank returned (e.g. account closed after crediting): money came back. */
export interface PaymentsReturned {
  type: 'relief.payments.returned';
  data: {
    declarationId: string;
    bucket: number;
    returnedOn: string;
    payments: { householdId: string; reference: string; amount: string; reason: string; entitlements: PaymentLine['entitlements'] }[];
  };
}

/** Lines of a bank result file that matched nothing: kept as evidence, changing no payment. */
export interface BankLinesUnmatched {
  type: 'relief.bank-lines.unmatched';
  data: {
    declarationId: string;
    bucket: number;
    runId: string;
    lines: { lineNo: number; reference: string; amount: string; outcome: UnmatchedOutcome }[];
  };
}
export type UnmatchedOutcome = 'unknown-reference' | 'amount-mismatch' | 'duplicate-line';

export interface PaymentReversed {
  type: 'relief.payment.reversed';
  data: {
    declarationId: string;
    bucket: number;
    householdId: string;
    reference: string;
    reversalId: string;
    amount: string;
    reason: string;
    reversedOn: string;
    entitlements: PaymentLine['entitlements'];
  };
}

export type HouseholdBucketEvent =
  | HouseholdsRegistered
  | HouseholdsAssessed
  | PaymentsIssued
  | PaymentsSettled
  | PaymentsFailed
  | PaymentsReturned
  | BankLinesUnmatched
  | PaymentReversed;

export const HOUSEHOLD_BUCKET_EVENT_TYPES: readonly HouseholdBucketEvent['type'][] = [
  'relief.households.registered',
  'relief.households.assessed',
  'relief.payments.issued',
  'relief.payments.settled',
  'relief.payments.failed',
  'relief.payments.returned',
  'relief.bank-lines.unmatched',
  'relief.payment.reversed',
];
