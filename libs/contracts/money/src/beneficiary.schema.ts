import { z } from 'zod/v4';

const id = z.string().min(1).max(200);
const keyedHash = z.string().regex(/^[0-9a-f]{64}$/, 'a keyed hash: 64 lower-case hex digits');
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a calendar day YYYY-MM-DD');
const village = z.string().regex(/^\d{8}$/, 'a village code: subdistrict 6 digits and หมู่ที่ 2');

/** Who vouched for a registration (ผู้รับรอง: village head, kamnan), by keyed hash and document only. */
export const certification = z.strictObject({
  certifierIdHash: keyedHash,
  documentRef: id,
});

/**
 * A beneficiary registered with a programme unit before any money is committed to them: a
 * household registered for a disaster declaration (ทะเบียนผู้ประสบภัย). Added to contract
 * version 1 without changing any other type, as `money.expenditure.reported` was. It moves no money:
 * the auditor reads it to count registrations per village against the village's real household
 * count, and certifications per certifier against their peers'. Nothing personal is in clear text:
 * the household, its head, its account and the certifier appear as keyed hashes only.
 */
export const beneficiaryRegistered = z.strictObject({
  /** The programme's registration id, unique in the unit (relief: the household's keyed hash). */
  registrationId: id,
  /** The household as a keyed hash of its house-registration number (เลขรหัสประจำบ้าน). */
  householdHash: keyedHash,
  /** Head of the household (citizen-ID hash) and the account paid into (account hash). */
  headCitizenIdHash: keyedHash.nullable(),
  accountHash: keyedHash.nullable(),
  /** The village the household lives in: 8 digits. */
  villageCode: village,
  /** People in the household, head included. */
  people: z.int().positive().max(1000),
  certifiedBy: certification.nullable(),
  registeredOn: day,
});
