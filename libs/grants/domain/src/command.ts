import { DomainError } from '@kongthun/kernel';

/** Time and the acting user come in from outside: a decider never reads a clock or makes an id. */
export type CommandMetadata = { now: string; actor: { userId: string; role: string } };
export type Command<Type extends string, Data> = { type: Type; data: Data; metadata: CommandMetadata };
export type DomainEvent<Type extends string, Data> = { type: Type; data: Data };

/** A refusal in English and Thai; the HTTP layer shows both, clients match on `code`. */
export const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>): DomainError =>
  new DomainError(code, message, { messageTh, ...(details === undefined ? {} : { details }) });

/** The Bangkok calendar day of an instant, `YYYY-MM-DD`. */
export const dayOf = (instant: string): string => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);
