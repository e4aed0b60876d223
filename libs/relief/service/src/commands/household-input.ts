import { createHmac } from 'node:crypto';
import { DomainError, KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { DamageItem, HouseholdRegistration, PayeeMethod } from '@kongthun/relief-domain';
import { HouseholdPersonalData, HouseholdPerson, personRef } from '../personal-data/household-personal-data';

/**
 * A person as the district committee sends it: the name (Thai) and phone are kept encrypted, the
 * citizen ID hashed into events and kept encrypted beside the name. A person given by a
 * `personalDataRef` instead (files made before names were taken) keeps no personal data.
 */
export type PersonInput = { citizenId: string; name: string; phone?: string | null } | { citizenId: string; personalDataRef: string };

/** A household as the district office sends it: clear identifiers, hashed here before anything is stored. */
export interface RegistrationInput {
  /** เลขรหัสประจำบ้าน (11 digits). */
  houseRegistrationNo: string;
  villageCode: string;
  head: PersonInput;
  members: PersonInput[];
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

const named = (person: PersonInput): person is Extract<PersonInput, { name: string }> => 'name' in person;

const nameRequired = () =>
  new DomainError('relief.registration-incomplete', 'Every person of a named household needs a name', {
    messageTh: 'ต้องระบุชื่อของทุกคนในครัวเรือน',
    details: { field: 'name' },
  });

/**
 * The household's people to keep encrypted, or undefined when it came by references only. A
 * household is named or not as a whole: a named head with a member by reference is refused.
 */
export const personalDataOf = (input: RegistrationInput): HouseholdPersonalData | undefined => {
  const people = [input.head, ...input.members];
  if (!people.some(named)) return undefined;
  const person = (given: PersonInput): HouseholdPerson => {
    if (!named(given) || given.name.trim() === '') throw nameRequired();
    const phone = given.phone?.trim() ?? '';
    return { name: given.name.trim(), citizenId: ThaiCitizenId.parse(given.citizenId).reveal(), phone: phone === '' ? null : phone };
  };
  return { head: person(input.head), members: input.members.map(person) };
};

export const registrationOf = (
  hashKey: string,
  hasher: KeyedHasher,
  declarationId: string,
  input: RegistrationInput,
): HouseholdRegistration => {
  const hash = (citizenId: string) => hasher.citizenId(ThaiCitizenId.parse(citizenId));
  const householdId = householdIdOf(hashKey, input.houseRegistrationNo);
  const ref = (person: PersonInput, which: 'head' | number) =>
    named(person) ? personRef(declarationId, householdId, which) : person.personalDataRef;
  return {
    householdId,
    villageCode: input.villageCode,
    head: { citizenIdHash: hash(input.head.citizenId), personalDataRef: ref(input.head, 'head') },
    members: input.members.map((member, i) => ({ citizenIdHash: hash(member.citizenId), personalDataRef: ref(member, i + 1) })),
    certifiedBy: { documentRef: input.certification.documentRef, certifierIdHash: hash(input.certification.certifierCitizenId) },
    communityMeetingRef: input.communityMeetingRef,
    accountHash: hasher.account(input.payee.account),
    method: input.payee.method,
  };
};
