import { createHash } from 'node:crypto';
import { MoneyMessage, MoneyMessageOf } from '@kongthun/money-contract';
import { moneyMessage as contractMessage, MoneyEnvelopeOverrides } from '@kongthun/money-contract/testing';
import { RedFlagFinding } from '../finding';
import { DEFAULT_RED_FLAG_CONFIG, RedFlagConfig } from '../red-flag-config';
import { scanRedFlags } from '../evaluate';

/** A keyed hash stand-in: 64 hex digits from a label, so tests read `person('somchai')`. */
export const hashOf = (label: string): string => createHash('sha256').update(label).digest('hex');

/**
 * A message of its own source stream (as a claim or a payout is), so a test may list messages in
 * any order without one looking like a redelivery of another; delivery order is tested apart.
 */
const moneyMessage: typeof contractMessage = (type, data, envelope = {}) => {
  const message = contractMessage(type, data, envelope);
  return envelope.source !== undefined
    ? message
    : { ...message, source: { ...message.source, streamId: `${message.source.streamId}-${message.source.streamRevision}` } };
};

type Data<T extends MoneyMessageOf<MoneyMessage['type']>['type']> = MoneyMessageOf<T>['data'];

export const WELFARE_TERMS = {
  capYear: 'fiscal',
  benefits: [{ benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 }],
};

export const unitDeclared = (data: Partial<Data<'money.unit.declared'>> = {}, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.unit.declared',
    {
      name: 'กองทุนทดสอบ',
      areaCodes: ['8301'],
      activeFrom: '2020-01-01',
      activeUntil: null,
      ruleVersion: 1,
      effectiveFrom: '2020-01-01',
      adminCostCapPercent: 10,
      approvalLimit: '5000.00',
      terms: envelope.programme === undefined || envelope.programme === 'welfare' ? WELFARE_TERMS : {},
      ...data,
    },
    envelope,
  );

export const moneyIn = (data: Partial<Data<'money.in.received'>> = {}, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.in.received',
    {
      moneyInId: 'in-1',
      source: { kind: 'matching', name: 'อบจ.ภูเก็ต' },
      amount: '10000.00',
      receivedOn: '2025-11-01',
      fiscalYear: 2569,
      document: { reference: 'doc-1', amountFigures: null, amountWords: null },
      payer: null,
      ...data,
    },
    envelope,
  );

/** A recipient by label: the same label gives the same keyed hash in every unit and programme. */
export const recipient = (label: string, extra: Partial<NonNullable<Data<'money.disbursement.made'>['recipient']>> = {}) => ({
  reference: `m-${label}`,
  citizenIdHash: hashOf(`person:${label}`),
  accountHash: null,
  memberSince: '2020-01-01',
  ...extra,
});

export const covers = (eventDate: string | null, periodFrom: string | null = null, periodTo: string | null = null) => ({
  eventDate,
  periodFrom,
  periodTo,
});

export const commitment = (data: Partial<Data<'money.commitment.made'>> = {}, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.commitment.made',
    {
      commitmentId: 'c-1',
      kind: 'approved-claim',
      recipient: recipient('a'),
      purpose: 'sickness',
      covers: covers('2025-12-10'),
      amount: '200.00',
      approvers: [{ userId: 'u-chair', citizenIdHash: hashOf('person:chair') }],
      ruleVersion: 1,
      decidedOn: '2025-12-11',
      document: null,
      ...data,
    },
    envelope,
  );

export const disbursement = (data: Partial<Data<'money.disbursement.made'>> = {}, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.disbursement.made',
    {
      disbursementId: 'd-1',
      commitmentId: null,
      kind: 'benefit',
      recipient: recipient('a'),
      purpose: 'sickness',
      covers: covers('2025-12-10'),
      amount: '200.00',
      method: 'promptpay',
      paidOn: '2025-12-12',
      areaCode: '830101',
      approvers: [],
      ruleVersion: 1,
      exceptionRef: null,
      document: null,
      ...data,
    },
    envelope,
  );

export const reversal = (undoes: Data<'money.reversal.recorded'>['undoes'], amount: string, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.reversal.recorded',
    { reversalId: `rv-${undoes.id}`, kind: 'reversal', undoes, amount, recordedOn: '2025-12-20', reason: 'จ่ายผิด' },
    envelope,
  );

export const relation = (data: Partial<Data<'money.relation.declared'>> = {}, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.relation.declared',
    { approverId: 'u-chair', approverCitizenIdHash: null, recipientReference: 'm-a', relationship: 'พี่น้อง', ...data },
    envelope,
  );

/** A household registered in a village of a relief declaration, certified by `certifier` (a label). */
export const registered = (household: string, villageCode: string, certifier: string | null, envelope: MoneyEnvelopeOverrides = {}) =>
  moneyMessage(
    'money.beneficiary.registered',
    {
      registrationId: `hh-${household}`,
      householdHash: hashOf(`household:${household}`),
      headCitizenIdHash: hashOf(`person:${household}`),
      accountHash: null,
      villageCode,
      people: 3,
      certifiedBy: certifier === null ? null : { certifierIdHash: hashOf(`certifier:${certifier}`), documentRef: `cert-${household}` },
      registeredOn: '2025-11-21',
    },
    { programme: 'relief', unitId: 'flood-2568', ...envelope },
  );

/** The findings of one rule over a history, from an empty state. */
export const findingsOf = (
  rule: RedFlagFinding['rule'],
  messages: readonly MoneyMessage[],
  config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG,
): RedFlagFinding[] => scanRedFlags(messages, config).findings.filter((finding) => finding.rule === rule);

/** Source event ids of messages, as findings cite them. */
export const eventIds = (...messages: readonly MoneyMessage[]): string[] => messages.map((message) => message.source.eventId);
