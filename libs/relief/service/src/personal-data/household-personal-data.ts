/** A person of a registered household, in clear only in memory. */
export interface HouseholdPerson {
  /** Full name with title, in Thai, e.g. `นายบุญมี ทองดี`. */
  name: string;
  /** The 13 digits; events hold only its keyed hash. */
  citizenId: string;
  phone: string | null;
}

/** The personal data of a household (ข้อมูลส่วนบุคคลของครัวเรือน): its head and members. */
export interface HouseholdPersonalData {
  head: HouseholdPerson;
  members: HouseholdPerson[];
}

/**
 * The key of a household's record, and its subject in the PDPA access log: declaration and the
 * household's keyed hash, nothing that names the person.
 */
export const householdSubject = (declarationId: string, householdId: string): string => `relief/${declarationId}/${householdId}`;

/** The `personalDataRef` an event gives the head (`#head`) or the n-th member (`#member-n`, from 1). */
export const personRef = (declarationId: string, householdId: string, person: 'head' | number): string =>
  `${householdSubject(declarationId, householdId)}#${person === 'head' ? 'head' : `member-${person}`}`;
