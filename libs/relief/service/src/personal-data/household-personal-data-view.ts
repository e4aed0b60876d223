import { AuthenticatedActor } from '@kongthun/http';
import { maskedName, maskedPhone, ThaiCitizenId } from '@kongthun/kernel';
import { HouseholdPersonalData, HouseholdPerson } from './household-personal-data';

interface PersonView {
  name: string;
  phone: string | null;
  /** `3-8601-00001-23-4`, or `3-xxxx-xxxxx-xx-4` for an auditor or a viewer. */
  citizenId: string;
}

/** What `GET …/households/:householdId/personal-data` answers. */
export interface HouseholdPersonalDataView {
  householdId: string;
  /** False for a household registered before names were taken: only its references exist. */
  kept: boolean;
  head: PersonView | null;
  members: PersonView[];
  citizenIdMasked: boolean;
}

/**
 * As welfare's members: the officer and the committee pay the household and need the people; an
 * auditor checks they are real and sees who they are, not the full citizen ID; a viewer (who may
 * see no personal data) sees only that the people are on file, every field masked.
 */
export const householdPersonalDataViewFor = (
  actor: AuthenticatedActor,
  householdId: string,
  data: HouseholdPersonalData | undefined,
): HouseholdPersonalDataView => {
  const masked = actor.role === 'auditor' || actor.role === 'viewer';
  const hidden = actor.role === 'viewer';
  const person = ({ name, phone, citizenId }: HouseholdPerson): PersonView => {
    const id = ThaiCitizenId.parse(citizenId);
    return {
      name: hidden ? maskedName(name) : name,
      phone: hidden ? maskedPhone(phone) : phone,
      citizenId: masked ? id.masked() : id.reveal({ grouped: true }),
    };
  };
  if (data === undefined) return { householdId, kept: false, head: null, members: [], citizenIdMasked: masked };
  return { householdId, kept: true, head: person(data.head), members: data.members.map(person), citizenIdMasked: masked };
};
