import { AuthenticatedActor } from '@kongthun/http';
import { ThaiCitizenId } from '@kongthun/kernel';
import { PersonalData } from './personal-data';

/** What `GET …/personal-data` answers. */
export interface PersonalDataView {
  memberId: string;
  personalDataRef: string;
  name: string;
  phone: string | null;
  /** `1-1017-00230-70-8`, or `1-xxxx-xxxxx-xx-8` for an auditor. */
  citizenId: string;
  beneficiary: { name: string; phone: string | null; citizenId: string | null; relationship: string };
  citizenIdMasked: boolean;
}

/**
 * The committee and treasurer run the fund and need the person; an auditor checks that members are
 * real (ghost and borrowed identities) and sees who they are, but not the full citizen ID, which
 * would let the audit trail become a second copy of it.
 */
export const personalDataViewFor = (
  actor: AuthenticatedActor,
  memberId: string,
  personalDataRef: string,
  data: PersonalData,
): PersonalDataView => {
  const masked = actor.role === 'auditor';
  const show = (digits: string) => (masked ? ThaiCitizenId.parse(digits).masked() : ThaiCitizenId.parse(digits).reveal({ grouped: true }));
  return {
    memberId,
    personalDataRef,
    name: data.name,
    phone: data.phone,
    citizenId: show(data.citizenId),
    beneficiary: { ...data.beneficiary, citizenId: data.beneficiary.citizenId === null ? null : show(data.beneficiary.citizenId) },
    citizenIdMasked: masked,
  };
};
