import { createHash } from 'node:crypto';
import { canonicalJson } from '@kongthun/event-sourcing';
import { RefusalException } from '../errors/refusal-exception';

/** Printable ASCII without the quote and backslash an sf-string would have to escape. */
const KEY = /^[\x20-\x21\x23-\x5B\x5D-\x7E]{1,255}$/;

/**
 * Reads `Idempotency-Key`. The draft makes it an RFC 8941 sf-string (`"8e03…"`); most clients send
 * the bare value, so both are taken and mean the same key. A key that is empty, longer than 255
 * characters, repeated or not printable ASCII is refused: it is spliced into nothing, but a
 * published format is what the draft's security section asks for.
 */
export const parseIdempotencyKey = (header: string | string[]): string => {
  const value = Array.isArray(header) ? (header.length === 1 ? header[0] : undefined) : header;
  const unquoted = value?.trim().replace(/^"(.*)"$/, '$1');
  if (unquoted === undefined || !KEY.test(unquoted) || unquoted.trim() === '') {
    throw new RefusalException(
      'idempotency.key-invalid',
      'Idempotency-Key must be one value of 1 to 255 printable ASCII characters, e.g. a UUID',
      'Idempotency-Key ไม่ถูกต้อง ต้องเป็นค่าเดียวยาว 1–255 ตัวอักษร ASCII เช่น UUID',
    );
  }
  return unquoted;
};

/** SHA-256 of the body as RFC 8785 canonical JSON: key order and spacing do not change it, any value does. */
export const requestFingerprint = (body: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(body ?? {}))
    .digest('hex');
