import { EventMetadata } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { CommandMetadata } from '@kongthun/relief-domain';
import { v7 as uuidv7 } from 'uuid';

export const RELIEF_EVENT_STORE = Symbol('relief.event-store');
/** The clock commands are decided by (`() => Date`); the system clock when not provided. */
export const RELIEF_CLOCK = Symbol('relief.clock');
/** The one HMAC key every programme hashes citizen IDs and accounts with. */
export const RELIEF_HASH_KEY = Symbol('relief.hash-key');

export type Clock = () => Date;

/** The decider's metadata and the stored event's metadata of one request. */
export const commandContext = (
  actor: AuthenticatedActor,
  clock: Clock,
  correlationId = uuidv7(),
): { command: CommandMetadata; event: EventMetadata } => ({
  command: { now: clock().toISOString(), actor: { userId: actor.userId, role: actor.role } },
  event: { actor: { userId: actor.userId, role: actor.role }, correlationId, causationId: null },
});
