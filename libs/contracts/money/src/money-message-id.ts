import { createHash } from 'node:crypto';

/**
 * The id of the `index`-th money message translated from one source event: a UUID (version 8,
 * RFC 9562) made from a SHA-256 of both, so translating the same event again, after a crash or
 * by a second publisher, gives the same id and consumers drop the duplicate.
 */
export const moneyMessageId = (sourceEventId: string, index: number): string => {
  const hex = createHash('sha256').update(`kongthun.money/${sourceEventId}/${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
