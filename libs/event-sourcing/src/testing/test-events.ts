import { v7 as uuidv7 } from 'uuid';
import { EventToAppend } from '../store/event-envelope';

/** A well-formed event for store tests; `n` lands in the data so order can be checked. */
export const testEvent = (n: number, overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  id: uuidv7(),
  type: 'test.thing.happened',
  schemaVersion: 1,
  data: { n, amount: `${n}.50` },
  metadata: { actor: { userId: 'treasurer-1', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
  ...overrides,
});

export const testEvents = (count: number, from = 0): EventToAppend[] => Array.from({ length: count }, (_, i) => testEvent(from + i));

export const uniqueStream = (prefix = 'test'): string => `${prefix}-${uuidv7()}`;
