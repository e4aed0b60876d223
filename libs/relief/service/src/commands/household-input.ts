import { createHmac } from 'node:crypto';
import { DomainError, KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { DamageItem, HouseholdRegistration, PayeeMethod } from '@kongthun/relief-domain';

/** A household as the district office sends it: clear identifiers, hashed here before anything is stored. */
export interface RegistrationInput {
  /** เลขรหัสประจำบ้าน (11 digits). */
  houseRegistrationNo: string;
  villageCode: string;
  head: { citizenId: string; personalDataRef: string };
  members: { citizenId: string; personalDataRef: string }[];
  certification: { documentRef: string; certifierCitizenId: string };
  communityMeetingRef: string;
  payee: { method: PayeeMethod; account: string };
}

export interface AssessmentInput {
  houseRegistrationNo: string;
  assessmentId: string;
  floodDays: number | null;
  items: DamageItem[];
}

/**
 * The household's id: a keyed hash of its house-registration number under the shared key, in a
 * domain of its own (a house number never matches a citizen ID or an account).
 */
export const householdIdOf = (hashKey: string, houseRegistrationNo: string): string => {
  const digits = String(houseRegistrationNo).replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits))
    throw new DomainError('relief.house-registration-invalid', 'A house-registration number has 11 digits', {
      messageTh: 'เลขรหัสประจำบ้านต้องมี 11 หลัก',
    });
  return createHmac('sha256', Buffer.from(hashKey, 'utf8')).update(`house-registration:${digits}`, 'ascii').digest('hex');
};

export const registrationOf = (hashKey: string, hasher: KeyedHasher, input: RegistrationInput): HouseholdRegistration => {
  const person = (citizenId: string) => hasher.citizenId(ThaiCitizenId.parse(citizenId));
  return {
    householdId: householdIdOf(hashKey, input.houseRegistrationNo),
    villageCode: input.villageCode,
    head: { citizenIdHash: person(input.head.citizenId), personalDataRef: input.head.personalDataRef },
    members: input.members.map((member) => ({ citizenIdHash: person(member.citizenId), personalDataRef: member.personalDataRef })),
    certifiedBy: { documentRef: input.certification.documentRef, certifierIdHash: person(input.certification.certifierCitizenId) },
    communityMeetingRef: input.communityMeetingRef,
    accountHash: hasher.account(input.payee.account),
    method: input.payee.method,
  };
};
