import { DomainError, Money } from '@kongthun/kernel';

/** A refusal in English and Thai; the HTTP layer shows both, clients match on `code`. */
export const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>): DomainError =>
  new DomainError(code, message, { messageTh, ...(details === undefined ? {} : { details }) });

/** Non-blank text, e.g. a document reference an auditor will look for. */
export const requireText = (value: string, code: string, what: string, whatTh: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw refuse(code, `${what} is required`, `ต้องระบุ${whatTh}`);
  return value.trim();
};

/** Amounts travel in events as decimal strings (`"5000.00"`); rules compute in {@link Money}. */
export const baht = (decimal: string): Money => Money.fromJSON(decimal);

const HASH = /^[0-9a-f]{64}$/;
/** A keyed hash (HMAC-SHA-256 hex) made by the service: the domain never sees the clear value. */
export const requireHash = (value: string, code: string, what: string): string => {
  if (!HASH.test(value)) throw refuse(code, `${what} must be a keyed hash`, `${what} ต้องเป็นค่าแฮช`);
  return value;
};
