import { createHmac } from 'node:crypto';

/**
 * The keyed hash of a receipt document (ใบเสร็จ): HMAC under the key every programme shares, over
 * the SHA-256 of the scanned document, so that the auditor can see one receipt claimed by two
 * projects (or two programmes) while no one can guess receipts from their hashes.
 */
export const receiptHashOf = (key: string, documentSha256: string): string =>
  createHmac('sha256', Buffer.from(key, 'utf8')).update(`receipt:${documentSha256.toLowerCase()}`, 'ascii').digest('hex');
