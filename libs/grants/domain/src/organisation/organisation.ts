import { AreaCode, Decider } from '@kongthun/kernel';
import { Command, DomainEvent, refuse } from '../command';

export const ORGANISATION_TYPES = ['community-council', 'welfare-fund', 'network', 'cooperative', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** A contact person: only a reference to their encrypted personal data, never the person in clear. */
export interface ContactPerson {
  personalDataRef: string;
  role: string;
}

/** A community organisation that proposes projects (องค์กรชุมชนผู้เสนอโครงการ). */
export interface OrganisationData {
  organisationId: string;
  name: string;
  type: OrganisationType;
  areaCode: string;
  /** Keyed hash of the bank account tranches are paid to: matches across programmes, shows no digits. */
  bankAccountHash: string;
  /** Keyed citizen-ID hash of the authorised representative who signs for the money. */
  representativeCitizenIdHash: string;
  contacts: ContactPerson[];
}

export type OrganisationRegistered = DomainEvent<'grants.organisation.registered', OrganisationData>;
export type OrganisationEvent = OrganisationRegistered;
export type RegisterOrganisation = Command<'RegisterOrganisation', OrganisationData>;
export type OrganisationCommand = RegisterOrganisation;

export type OrganisationState = { status: 'Unregistered' } | { status: 'Registered'; organisation: OrganisationData };

export const organisationStreamId = (organisationId: string): string => `grants-organisation-${organisationId}`;

const HASH = /^[0-9a-f]{64}$/;

const decide = (command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] => {
  if (state.status !== 'Unregistered')
    throw refuse('organisation.already-registered', 'The organisation is already registered', 'องค์กรนี้ลงทะเบียนแล้ว');
  const { data } = command;
  AreaCode.parse(data.areaCode);
  if (!HASH.test(data.bankAccountHash) || !HASH.test(data.representativeCitizenIdHash))
    throw refuse('organisation.hash-required', 'Account and representative must be keyed hashes', 'บัญชีและผู้แทนต้องเก็บเป็นค่าแฮช');
  if (data.contacts.length === 0)
    throw refuse('organisation.contact-required', 'An organisation needs at least one contact person', 'ต้องมีผู้ติดต่ออย่างน้อยหนึ่งคน');
  return [{ type: 'grants.organisation.registered', data }];
};

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  decide,
  evolve: (_state, event) => ({ status: 'Registered', organisation: event.data }),
  initialState: () => ({ status: 'Unregistered' }),
};
