import { AuthenticatedActor } from '@kongthun/http';
import { maskedName, maskedPhone, ThaiCitizenId } from '@kongthun/kernel';
import { PersonalData } from './personal-data';

/** What `GET …/personal-data` answers. */
export interface PersonalDataView {
  memberId: string;
  personalDataRef: string;
  name: string;
  phone: string | null;
  /** `1-1017-00230-70-8`, or `1-xxxx-xxxxx-xx-8` for an auditor or a viewer. */
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
  const masked = actor.role === 'auditor' || actor.role === 'viewer';
  // A viewer sees that the person is on file, not who they are.
  const name = actor.role === 'viewer' ? maskedName : (text: string) => text;
  const phone = actor.role === 'viewer' ? maskedPhone : (text: string | null) => text;
  const show = (digits: string) => (masked ? ThaiCitizenId.parse(digits).masked() : ThaiCitizenId.parse(digits).reveal({ grouped: true }));
  return {
    memberId,
    personalDataRef,
    name: name(data.name),
    phone: phone(data.phone),
    citizenId: show(data.citizenId),
    beneficiary: {
      ...data.beneficiary,
      name: name(data.beneficiary.name),
      phone: phone(data.beneficiary.phone),
      citizenId: data.beneficiary.citizenId === null ? null : show(data.beneficiary.citizenId),
    },
    citizenIdMasked: masked,
  };
};
