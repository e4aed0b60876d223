import { createHash } from 'node:crypto';

/**
 * Households of a declaration are spread over register streams ("buckets") by their keyed hash,
 * so that no command folds a stream that grows with the declaration: the uniqueness of a
 * registration, its assessment and its payments all live in the bucket of ~1,000 households.
 */
export const bucketOf = (householdId: string, buckets: number): number => Number.parseInt(householdId.slice(0, 8), 16) % buckets;

export const householdBucketStreamId = (declarationId: string, bucket: number): string =>
  `relief-households-${declarationId}-b${bucket.toString(16).padStart(4, '0')}`;

/**
 * The bank reference of one payment attempt (เลขอ้างอิงรายการโอน): `RF`, the bucket in 4 hex digits,
 * then 12 hex digits of SHA-256 over declaration, household and attempt. The same attempt always
 * gets the same reference (a re-exported file or a retried job cannot pay twice under a new one);
 * the next attempt gets a new one. 18 characters, within the reference fields of bulk layouts.
 */
export const paymentReference = (declarationId: string, householdId: string, bucket: number, attempt: number): string =>
  `RF${bucket.toString(16).padStart(4, '0')}${createHash('sha256').update(`${declarationId}|${householdId}|${attempt}`).digest('hex').slice(0, 12)}`.toUpperCase();

/** The bucket a reference names, or undefined when it is not one of ours. */
export const bucketOfReference = (reference: string): number | undefined =>
  /^RF[0-9A-F]{16}$/.test(reference) ? Number.parseInt(reference.slice(2, 6), 16) : undefined;
