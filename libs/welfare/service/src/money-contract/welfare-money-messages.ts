import { RecordedEvent } from '@kongthun/event-sourcing';
import { bangkokDateOf, fiscalYearOf } from '@kongthun/kernel';
import {
  MONEY_CONTRACT,
  MONEY_CONTRACT_VERSION,
  MoneyMessage,
  MoneyMessageOf,
  MoneyMessageType,
  moneyMessageId,
} from '@kongthun/money-contract';
import { WelfareUnitTerms } from '@kongthun/welfare-contracts';
import { FundEvent, FundRulesData } from '@kongthun/welfare-domain';
import { WelfareUnitFacts } from './welfare-unit-facts';

/** The welfare programme's name in the money contract. */
export const WELFARE_PROGRAMME = 'welfare';

type Draft<T extends MoneyMessageType> = { type: T; occurredOn: string; data: MoneyMessageOf<T>['data'] };
type AnyDraft = { [T in MoneyMessageType]: Draft<T> }[MoneyMessageType];

const dayOf = (instant: string): string => {
  const { year, month, day } = bangkokDateOf(new Date(instant));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const termsOf = (rules: FundRulesData): WelfareUnitTerms => ({
  capYear: rules.capYear,
  benefits: rules.benefits.map(({ benefit, amount, per, yearlyCap, waitingPeriodDays }) => ({
    benefit,
    amount,
    per,
    yearlyCap,
    waitingPeriodDays,
  })),
});

const unitDeclared = (unit: WelfareUnitFacts, rules: FundRulesData): Draft<'money.unit.declared'> => ({
  type: 'money.unit.declared',
  occurredOn: rules.effectiveFrom,
  data: {
    name: unit.name,
    areaCodes: [unit.areaCode],
    activeFrom: unit.foundedOn,
    activeUntil: null,
    ruleVersion: rules.version,
    effectiveFrom: rules.effectiveFrom,
    adminCostCapPercent: rules.adminCostCapPercent,
    approvalLimit: rules.approval.largeClaimLimit,
    terms: termsOf(rules),
  },
});

const member = (memberId: string, citizenIdHash: string | null, memberSince: string | null, accountHash: string | null = null) => ({
  reference: memberId,
  citizenIdHash,
  accountHash,
  memberSince,
});

/** Every welfare reversal (กลับรายการ) in the contract: it names the message it undoes by type and id. */
const reversalOf = (
  undoes: MoneyMessageOf<'money.reversal.recorded'>['data']['undoes'],
  { reversalId, amount, reason, reversedOn }: { reversalId: string; amount: string; reason: string; reversedOn: string },
): Draft<'money.reversal.recorded'> => ({
  type: 'money.reversal.recorded',
  occurredOn: reversedOn,
  data: { reversalId, kind: 'reversal', undoes, amount, recordedOn: reversedOn, reason },
});

/**
 * What one welfare event means in the money contract: nothing for most events, one message for
 * those that move or commit money. Pure: the same event and unit give the same drafts, which is
 * what makes republishing after a crash harmless.
 */
export const moneyDraftsOf = (event: FundEvent, unit: WelfareUnitFacts, recordedAt: string): AnyDraft[] => {
  switch (event.type) {
    case 'welfare.fund.registered':
      return [unitDeclared(unit, event.data.rules)];
    case 'welfare.rules.adopted':
      return [unitDeclared(unit, event.data.rules)];
    case 'welfare.committee.relation-declared':
      return [
        {
          type: 'money.relation.declared',
          occurredOn: dayOf(recordedAt),
          data: {
            approverId: event.data.userId,
            approverCitizenIdHash: null,
            recipientReference: event.data.memberId,
            relationship: event.data.relationship,
          },
        },
      ];
    case 'welfare.member.enrolled': {
      const { memberId, citizenIdHash, enrolledOn, joiningFee } = event.data;
      if (joiningFee === '0.00') return [];
      return [
        {
          type: 'money.in.received',
          occurredOn: enrolledOn,
          data: {
            moneyInId: `joining-fee-${memberId}`,
            source: { kind: 'joining-fee', name: 'ค่าสมัครสมาชิก' },
            amount: joiningFee,
            receivedOn: enrolledOn,
            fiscalYear: fiscalYearOf(enrolledOn),
            document: { reference: `enrolment-${memberId}`, amountFigures: null, amountWords: null },
            payer: member(memberId, citizenIdHash, enrolledOn),
          },
        },
      ];
    }
    case 'welfare.contribution.recorded': {
      const { contributionId, memberId, amount, receivedOn, receiptRef } = event.data;
      return [
        {
          type: 'money.in.received',
          occurredOn: receivedOn,
          data: {
            moneyInId: contributionId,
            source: { kind: 'member-contribution', name: 'เงินสัจจะสมาชิก' },
            amount,
            receivedOn,
            fiscalYear: fiscalYearOf(receivedOn),
            document: { reference: receiptRef, amountFigures: null, amountWords: null },
            payer: member(memberId, null, null),
          },
        },
      ];
    }
    case 'welfare.matching-funds.received': {
      const { matchingId, sourceName, amount, receivedOn, documentRef, fiscalYear, amountWords } = event.data;
      return [
        {
          type: 'money.in.received',
          occurredOn: receivedOn,
          data: {
            moneyInId: matchingId,
            source: { kind: 'matching', name: sourceName },
            amount,
            receivedOn,
            fiscalYear,
            document: { reference: documentRef, amountFigures: amountWords === null ? null : amount, amountWords },
            payer: null,
          },
        },
      ];
    }
    case 'welfare.admin-spending.recorded': {
      const { spendingId, amount, purpose, spentOn, documentRef, overrideId, rulesVersion } = event.data;
      return [
        {
          type: 'money.disbursement.made',
          occurredOn: spentOn,
          data: {
            disbursementId: spendingId,
            commitmentId: null,
            kind: 'administration',
            recipient: null,
            purpose: `administration: ${purpose}`,
            covers: { eventDate: spentOn, periodFrom: null, periodTo: null },
            amount,
            method: 'cash',
            paidOn: spentOn,
            areaCode: unit.areaCode,
            approvers: [],
            ruleVersion: rulesVersion,
            exceptionRef: overrideId,
            document: { reference: documentRef, amountFigures: null, amountWords: null },
          },
        },
      ];
    }
    case 'welfare.claim.approved': {
      const { claimId, amount, amountWords, memberId, recipientCitizenIdHash, memberSince, benefit, eventDate, approvers, rulesVersion } =
        event.data;
      return [
        {
          type: 'money.commitment.made',
          occurredOn: dayOf(recordedAt),
          data: {
            commitmentId: claimId,
            kind: 'approved-claim',
            recipient: member(memberId, recipientCitizenIdHash, memberSince),
            purpose: benefit,
            covers: { eventDate, periodFrom: null, periodTo: null },
            amount,
            approvers,
            ruleVersion: rulesVersion,
            decidedOn: dayOf(recordedAt),
            document: { reference: claimId, amountFigures: amount, amountWords },
          },
        },
      ];
    }
    case 'welfare.payout.made': {
      const {
        payoutId,
        claimId,
        memberId,
        amount,
        method,
        reference,
        paidOn,
        payeeAccountHash,
        recipientCitizenIdHash,
        memberSince,
        benefit,
        eventDate,
        approvers,
        rulesVersion,
      } = event.data;
      return [
        {
          type: 'money.disbursement.made',
          occurredOn: paidOn,
          data: {
            disbursementId: payoutId,
            commitmentId: claimId,
            kind: 'benefit',
            recipient: member(memberId, recipientCitizenIdHash, memberSince, payeeAccountHash),
            purpose: benefit,
            covers: { eventDate, periodFrom: null, periodTo: null },
            amount,
            method,
            paidOn,
            areaCode: unit.areaCode,
            approvers,
            ruleVersion: rulesVersion,
            exceptionRef: null,
            document: { reference, amountFigures: null, amountWords: null },
          },
        },
      ];
    }
    case 'welfare.payout.reversed':
      return [reversalOf({ type: 'money.disbursement.made', id: event.data.payoutId }, event.data)];
    case 'welfare.contribution.reversed':
      return [reversalOf({ type: 'money.in.received', id: event.data.contributionId }, event.data)];
    case 'welfare.matching-funds.reversed':
      return [reversalOf({ type: 'money.in.received', id: event.data.matchingId }, event.data)];
    case 'welfare.admin-spending.reversed':
      return [reversalOf({ type: 'money.disbursement.made', id: event.data.spendingId }, event.data)];
    // The books' opening, close, credits and debits summarize money already published event by event.
    case 'welfare.books.opened':
    case 'welfare.books.closed':
    case 'welfare.books.member-money-credited':
    case 'welfare.books.member-money-debited':
      return [];
    default:
      return [];
  }
};

/** The money messages of one stored welfare event, each pointing back at it. */
export const welfareMoneyMessages = (event: RecordedEvent, unit: WelfareUnitFacts, keyId: string): MoneyMessage[] =>
  moneyDraftsOf({ type: event.type, data: event.data } as FundEvent, unit, event.recordedAt).map(
    (draft, index) =>
      ({
        contract: MONEY_CONTRACT,
        schemaVersion: MONEY_CONTRACT_VERSION,
        id: moneyMessageId(event.id, index),
        programme: WELFARE_PROGRAMME,
        unitId: (event.data as { fundId: string }).fundId,
        recordedAt: event.recordedAt,
        keyId,
        source: {
          eventId: event.id,
          streamId: event.streamId,
          streamRevision: event.streamRevision.toString(),
          type: event.type,
          hash: event.hash,
        },
        ...draft,
      }) as MoneyMessage,
  );
