import { v7 as uuidv7 } from 'uuid';
import { EventStore, InMemoryEventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { CheckpointStore, EventLogPublisher, InMemoryCheckpointStore, MessageBus } from '@kongthun/messaging';
import {
  MONEY_CONTRACT,
  MONEY_CONTRACT_VERSION,
  MoneyMessage,
  moneyBusMessage,
  moneyMessageId,
  parseMoneyMessage,
} from '@kongthun/money-contract';

/**
 * A second producer of the money contract, standing in for disaster relief until that service
 * exists: it keeps its own events in its own store, as a programme would, and publishes the money
 * contract translated from them. It proves that an auditor needs nothing of a programme but the
 * contract: no line of this file is known to the audit libraries.
 */
export const STAND_IN_PROGRAMME = 'relief';

type ReliefEvent =
  | { type: 'relief.declaration.declared'; data: { declarationId: string; name: string; areaCodes: string[]; from: string; until: string } }
  | {
      type: 'relief.budget.received';
      data: { declarationId: string; budgetId: string; amount: string; receivedOn: string; fiscalYear: number; letterRef: string };
    }
  | {
      type: 'relief.entitlement.approved';
      data: {
        declarationId: string;
        entitlementId: string;
        householdRef: string;
        citizenIdHash: string;
        category: string;
        eventDate: string;
        amount: string;
        approvedOn: string;
        approvers: string[];
      };
    }
  | {
      type: 'relief.payment.made';
      data: {
        declarationId: string;
        paymentId: string;
        entitlementId: string;
        householdRef: string;
        citizenIdHash: string;
        accountHash: string;
        category: string;
        eventDate: string;
        amount: string;
        paidOn: string;
        areaCode: string;
        approvers: string[];
      };
    }
  | {
      type: 'relief.payment.reversed';
      data: { declarationId: string; reversalId: string; paymentId: string; amount: string; reversedOn: string; reason: string };
    };

const streamOf = (declarationId: string) => `relief-declaration-${declarationId}`;

/** The stand-in's whole translation: one money message per money event, none for anything else. */
export const reliefMoneyMessages = (event: RecordedEvent, keyId: string): MoneyMessage[] => {
  const relief = { type: event.type, data: event.data } as ReliefEvent;
  const envelope = (occurredOn: string) => ({
    contract: MONEY_CONTRACT,
    schemaVersion: MONEY_CONTRACT_VERSION,
    id: moneyMessageId(event.id, 0),
    programme: STAND_IN_PROGRAMME,
    unitId: relief.data.declarationId,
    occurredOn,
    recordedAt: event.recordedAt,
    keyId,
    source: {
      eventId: event.id,
      streamId: event.streamId,
      streamRevision: event.streamRevision.toString(),
      type: event.type,
      hash: event.hash,
    },
  });
  const person = (d: { householdRef: string; citizenIdHash: string }, accountHash: string | null) => ({
    reference: d.householdRef,
    citizenIdHash: d.citizenIdHash,
    accountHash,
    memberSince: null,
  });
  const approvers = (ids: string[]) => ids.map((userId) => ({ userId, citizenIdHash: null }));
  switch (relief.type) {
    case 'relief.declaration.declared': {
      const d = relief.data;
      return [
        {
          ...envelope(d.from),
          type: 'money.unit.declared',
          data: {
            name: d.name,
            areaCodes: d.areaCodes,
            activeFrom: d.from,
            activeUntil: d.until,
            ruleVersion: 1,
            effectiveFrom: d.from,
            adminCostCapPercent: null,
            approvalLimit: null,
            terms: {},
          },
        },
      ];
    }
    case 'relief.budget.received': {
      const d = relief.data;
      return [
        {
          ...envelope(d.receivedOn),
          type: 'money.in.received',
          data: {
            moneyInId: d.budgetId,
            source: { kind: 'budget-allocation', name: 'เงินทดรองราชการ' },
            amount: d.amount,
            receivedOn: d.receivedOn,
            fiscalYear: d.fiscalYear,
            document: { reference: d.letterRef, amountFigures: null, amountWords: null },
            payer: null,
          },
        },
      ];
    }
    case 'relief.entitlement.approved': {
      const d = relief.data;
      return [
        {
          ...envelope(d.approvedOn),
          type: 'money.commitment.made',
          data: {
            commitmentId: d.entitlementId,
            kind: 'entitlement',
            recipient: person(d, null),
            purpose: d.category,
            covers: { eventDate: d.eventDate, periodFrom: null, periodTo: null },
            amount: d.amount,
            approvers: approvers(d.approvers),
            ruleVersion: 1,
            decidedOn: d.approvedOn,
            document: null,
          },
        },
      ];
    }
    case 'relief.payment.made': {
      const d = relief.data;
      return [
        {
          ...envelope(d.paidOn),
          type: 'money.disbursement.made',
          data: {
            disbursementId: d.paymentId,
            commitmentId: d.entitlementId,
            kind: 'relief',
            recipient: person(d, d.accountHash),
            purpose: d.category,
            covers: { eventDate: d.eventDate, periodFrom: null, periodTo: null },
            amount: d.amount,
            method: 'bank-transfer',
            paidOn: d.paidOn,
            areaCode: d.areaCode,
            approvers: approvers(d.approvers),
            ruleVersion: 1,
            exceptionRef: null,
            document: null,
          },
        },
      ];
    }
    case 'relief.payment.reversed': {
      const d = relief.data;
      return [
        {
          ...envelope(d.reversedOn),
          type: 'money.reversal.recorded',
          data: {
            reversalId: d.reversalId,
            kind: 'reversal',
            undoes: { type: 'money.disbursement.made', id: d.paymentId },
            amount: d.amount,
            recordedOn: d.reversedOn,
            reason: d.reason,
          },
        },
      ];
    }
  }
};

/** The stand-in programme: records its events and, through two publishers, puts them and the money contract on a bus. */
export class StandInReliefProducer {
  readonly hasher: KeyedHasher;

  constructor(
    hashKey: string,
    readonly store: EventStore = new InMemoryEventStore(),
  ) {
    this.hasher = new KeyedHasher(hashKey);
  }

  private async record(event: ReliefEvent): Promise<RecordedEvent> {
    const {
      events: [recorded],
    } = await this.store.appendToStream(
      streamOf(event.data.declarationId),
      [
        {
          id: uuidv7(),
          type: event.type,
          schemaVersion: 1,
          data: event.data,
          metadata: { actor: { userId: 'relief-officer', role: 'relief-officer' }, correlationId: uuidv7(), causationId: null },
        },
      ],
      'any',
    );
    return recorded;
  }

  declare(declarationId: string, areaCodes: string[], from: string, until: string) {
    return this.record({
      type: 'relief.declaration.declared',
      data: { declarationId, name: `อุทกภัย ${declarationId}`, areaCodes, from, until },
    });
  }

  receiveBudget(declarationId: string, budgetId: string, amount: string, receivedOn: string) {
    return this.record({
      type: 'relief.budget.received',
      data: { declarationId, budgetId, amount, receivedOn, fiscalYear: 2569, letterRef: `กค ${budgetId}` },
    });
  }

  /** Approves and pays one household head (by citizen ID, hashed here) for one need. */
  async pay(
    declarationId: string,
    payment: {
      paymentId: string;
      citizenId: string;
      account: string;
      category: string;
      eventDate: string;
      amount: string;
      paidOn: string;
      areaCode: string;
    },
  ) {
    const citizenIdHash = this.hasher.citizenId(ThaiCitizenId.parse(payment.citizenId));
    const common = {
      declarationId,
      entitlementId: `ent-${payment.paymentId}`,
      householdRef: `hh-${payment.paymentId}`,
      citizenIdHash,
      category: payment.category,
      eventDate: payment.eventDate,
      amount: payment.amount,
      approvers: ['district-officer'],
    };
    await this.record({ type: 'relief.entitlement.approved', data: { ...common, approvedOn: payment.paidOn } });
    return this.record({
      type: 'relief.payment.made',
      data: {
        ...common,
        paymentId: payment.paymentId,
        accountHash: this.hasher.account(payment.account),
        paidOn: payment.paidOn,
        areaCode: payment.areaCode,
      },
    });
  }

  reverse(declarationId: string, reversalId: string, paymentId: string, amount: string, reversedOn: string) {
    return this.record({
      type: 'relief.payment.reversed',
      data: { declarationId, reversalId, paymentId, amount, reversedOn, reason: 'โอนผิดบัญชี' },
    });
  }

  /** Its events on `kongthun.relief.events` and its money contract on `kongthun.money.events`, each from its own checkpoint. */
  publishers(bus: MessageBus, checkpoints: CheckpointStore = new InMemoryCheckpointStore()): EventLogPublisher[] {
    return [
      new EventLogPublisher(this.store, bus, checkpoints, {
        name: 'relief-stand-in-events',
        source: '/kongthun/relief-stand-in',
        pollIntervalMs: 20,
      }),
      new EventLogPublisher(this.store, bus, checkpoints, {
        name: 'relief-stand-in-money',
        source: '/kongthun/relief-stand-in',
        pollIntervalMs: 20,
        toMessages: (event, source) =>
          reliefMoneyMessages(event, this.hasher.keyId).map((message) => moneyBusMessage(parseMoneyMessage(message), source)),
      }),
    ];
  }
}
