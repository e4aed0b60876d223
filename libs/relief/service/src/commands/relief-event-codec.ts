import { EventCodec, RecordedEvent } from '@kongthun/event-sourcing';
import {
  DECLARATION_EVENT_TYPES,
  DeclarationEvent,
  HOUSEHOLD_BUCKET_EVENT_TYPES,
  HouseholdBucketEvent,
  PAYMENT_RUN_EVENT_TYPES,
  PaymentRunEvent,
  ProgrammeRunsEvent,
} from '@kongthun/relief-domain';

/** Relief events are JSON-safe already (amounts as decimal strings): version 1 of every type, checked by name on the way back. */
const codecOf = <Event extends { type: string; data: object }>(types: readonly string[]): EventCodec<Event> => ({
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, never> }),
  decode: (recorded: RecordedEvent) => {
    if (!types.includes(recorded.type)) throw new Error(`Not a relief event of this stream: ${recorded.type}`);
    return { type: recorded.type, data: recorded.data } as unknown as Event;
  },
});

export const declarationCodec = codecOf<DeclarationEvent>(DECLARATION_EVENT_TYPES);
export const householdBucketCodec = codecOf<HouseholdBucketEvent>(HOUSEHOLD_BUCKET_EVENT_TYPES);
export const paymentRunCodec = codecOf<PaymentRunEvent>(PAYMENT_RUN_EVENT_TYPES);
export const programmeRunsCodec = codecOf<ProgrammeRunsEvent>(['relief.programme.run-opened', 'relief.programme.run-closed']);

export const RELIEF_EVENT_TYPES: readonly string[] = [
  ...DECLARATION_EVENT_TYPES,
  ...HOUSEHOLD_BUCKET_EVENT_TYPES,
  ...PAYMENT_RUN_EVENT_TYPES,
];
export const isReliefEventType = (type: string): boolean => type.startsWith('relief.');
