import { RecordedEvent } from '@kongthun/event-sourcing';
import { fiscalYearOfDate } from '@kongthun/kernel';
import { MONEY_CONTRACT, MONEY_CONTRACT_VERSION, MoneyMessage, MoneyParty, moneyMessageId } from '@kongthun/money-contract';
import { DeclarationEvent, DeclaredZone, HouseholdBucketEvent, PaymentLine } from '@kongthun/relief-domain';

export const RELIEF_PROGRAMME = 'relief';

type Draft = Omit<MoneyMessage, 'id' | 'contract' | 'schemaVersion' | 'programme' | 'unitId' | 'recordedAt' | 'keyId' | 'source'>;

/**
 * The money contract of one relief event, pure: the declaration (with its areas and period) is the
 * unit, each registered household a beneficiary (village and certifier, as keyed hashes), each entitlement a commitment, each settled payment one disbursement per entitlement it
 * pays (so the auditor sees `relief:funeral` beside `welfare:death`), each return or reversal a
 * reversal per disbursement. `zone` is the declaration as of the event, for declaration events.
 */
export const reliefMoneyMessages = (event: RecordedEvent, zone: DeclaredZone | undefined, keyId: string): MoneyMessage[] => {
  const relief = { type: event.type, data: event.data } as DeclarationEvent | HouseholdBucketEvent;
  const drafts = draftsOf(relief, zone);
  return drafts.map(
    (draft, index) =>
      ({
        contract: MONEY_CONTRACT,
        schemaVersion: MONEY_CONTRACT_VERSION,
        id: moneyMessageId(event.id, index),
        programme: RELIEF_PROGRAMME,
        unitId: relief.data.declarationId,
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
};

const party = (householdId: string, citizenIdHash: string, accountHash: string): MoneyParty => ({
  reference: householdId,
  citizenIdHash,
  accountHash,
  memberSince: null,
});
const approvers = (ids: readonly string[]) => ids.map((userId) => ({ userId, citizenIdHash: null }));
const disbursementId = (reference: string, item: string) => `${reference}:${item}`;

const reversals = (
  payments: { reference: string; reason: string; entitlements: PaymentLine['entitlements'] }[],
  on: string,
  id: (reference: string, item: string) => string,
): Draft[] =>
  payments.flatMap((payment) =>
    payment.entitlements.map((entitlement) => ({
      type: 'money.reversal.recorded' as const,
      occurredOn: on,
      data: {
        reversalId: id(payment.reference, entitlement.item),
        kind: 'reversal' as const,
        undoes: { type: 'money.disbursement.made' as const, id: disbursementId(payment.reference, entitlement.item) },
        amount: entitlement.amount,
        recordedOn: on,
        reason: payment.reason,
      },
    })),
  );

const draftsOf = (event: DeclarationEvent | HouseholdBucketEvent, zone: DeclaredZone | undefined): Draft[] => {
  switch (event.type) {
    case 'relief.zone.declared':
    case 'relief.zone.amended':
    case 'relief.zone.extended': {
      if (zone === undefined) return [];
      const effectiveFrom =
        event.type === 'relief.zone.declared'
          ? event.data.from
          : event.type === 'relief.zone.amended'
            ? event.data.amendedOn
            : event.data.extendedOn;
      return [
        {
          type: 'money.unit.declared',
          occurredOn: effectiveFrom,
          data: {
            name: zone.name,
            areaCodes: zone.areaCodes,
            activeFrom: zone.from,
            activeUntil: zone.until,
            ruleVersion: zone.version,
            effectiveFrom,
            adminCostCapPercent: null,
            approvalLimit: null,
            terms: { disasterType: zone.disasterType, disasterDate: zone.disasterDate },
          },
        },
      ];
    }
    case 'relief.households.registered':
      return event.data.households.map((household) => ({
        type: 'money.beneficiary.registered' as const,
        occurredOn: event.data.registeredOn,
        data: {
          registrationId: household.householdId,
          householdHash: household.householdId,
          headCitizenIdHash: household.head.citizenIdHash,
          accountHash: household.accountHash,
          villageCode: household.villageCode,
          people: 1 + household.members.length,
          certifiedBy: { certifierIdHash: household.certifiedBy.certifierIdHash, documentRef: household.certifiedBy.documentRef },
          registeredOn: event.data.registeredOn,
        },
      }));
    case 'relief.funds.allocated':
      return [
        {
          type: 'money.in.received',
          occurredOn: event.data.receivedOn,
          data: {
            moneyInId: event.data.allocationId,
            source: { kind: 'budget-allocation', name: event.data.sourceName },
            amount: event.data.amount,
            receivedOn: event.data.receivedOn,
            fiscalYear: fiscalYearOfDate(event.data.receivedOn),
            document: { reference: event.data.documentRef, amountFigures: null, amountWords: null },
            payer: null,
          },
        },
      ];
    case 'relief.households.assessed':
      return event.data.assessments.flatMap((assessment) =>
        assessment.entitlements.map((entitlement) => ({
          type: 'money.commitment.made' as const,
          occurredOn: event.data.assessedOn,
          data: {
            commitmentId: entitlement.entitlementId,
            kind: 'entitlement' as const,
            recipient: party(assessment.householdId, assessment.headCitizenIdHash, assessment.accountHash),
            purpose: entitlement.item,
            covers: { eventDate: event.data.disasterDate, periodFrom: null, periodTo: null },
            amount: entitlement.amount,
            approvers: approvers([event.data.assessedBy]),
            ruleVersion: 1,
            decidedOn: event.data.assessedOn,
            document: null,
          },
        })),
      );
    case 'relief.payments.settled':
      return event.data.payments.flatMap((payment) =>
        payment.entitlements.map((entitlement) => ({
          type: 'money.disbursement.made' as const,
          occurredOn: event.data.paidOn,
          data: {
            disbursementId: disbursementId(payment.reference, entitlement.item),
            commitmentId: entitlement.entitlementId,
            kind: 'relief' as const,
            recipient: party(payment.householdId, payment.headCitizenIdHash, payment.accountHash),
            purpose: entitlement.item,
            covers: { eventDate: event.data.disasterDate, periodFrom: null, periodTo: null },
            amount: entitlement.amount,
            method: event.data.method,
            paidOn: event.data.paidOn,
            areaCode: payment.villageCode,
            approvers: approvers(event.data.approverIds),
            ruleVersion: 1,
            exceptionRef: null,
            document: { reference: payment.reference, amountFigures: null, amountWords: null },
          },
        })),
      );
    case 'relief.payments.returned':
      return reversals(event.data.payments, event.data.returnedOn, (reference, item) => `returned:${reference}:${item}`);
    case 'relief.payment.reversed':
      return reversals([event.data], event.data.reversedOn, (_reference, item) => `${event.data.reversalId}:${item}`);
    default:
      // Issued and failed payments and unmatched bank lines move no money; run events name no unit.
      return [];
  }
};
