import { Money, ThaiCitizenId } from '@kongthun/kernel';
import { RulesInput, rulesFromData } from '@kongthun/welfare-domain';
import { z } from 'zod/v4';
import { enrolMemberRequest, registerFundRequest, RulesRequest } from '../http/fund-requests';
import { beneficiaryRefOf } from '../personal-data/personal-data';
import { CommandBody } from './fund-command-handler';

/** Rules as the committee sent them, as the domain takes them (money parsed, defaults applied). */
export const rulesInput = (rules: RulesRequest): RulesInput => {
  const {
    version: _version,
    effectiveFrom: _from,
    ...parsed
  } = rulesFromData({ ...rules, adminCostCapPercent: rules.adminCostCapPercent ?? 20, version: 1, effectiveFrom: '1970-01-01' });
  return { ...parsed, adminCostCapPercent: rules.adminCostCapPercent };
};

/** Citizen IDs are checked here and leave as a keyed hash only: the domain never sees the digits. */
export const hashCitizenId = (digits: string, key: string): string => ThaiCitizenId.parse(digits).keyedHash(key);

export const registerFundBody = (request: z.output<typeof registerFundRequest>, key: string): CommandBody<'RegisterFund'> => ({
  type: 'RegisterFund',
  data: {
    ...request,
    committee: request.committee.map(({ citizenId, ...member }) => ({ ...member, citizenIdHash: hashCitizenId(citizenId, key) })),
    rules: rulesInput(request.rules),
  },
});

/**
 * The enrolment command: the citizen IDs as keyed hashes, the person as `personalDataRef` (where the
 * encrypted name, phone and IDs are kept). Name and phone are dropped here, so they cannot reach the log.
 */
export const enrolMemberBody = (
  request: z.output<typeof enrolMemberRequest>,
  key: string,
  personalDataRef: string,
): CommandBody<'EnrolMember'> => {
  const { memberId, citizenId, planId, enrolledOn, beneficiary } = request;
  return {
    type: 'EnrolMember',
    data: {
      memberId,
      planId,
      enrolledOn,
      personalDataRef,
      citizenIdHash: hashCitizenId(citizenId, key),
      beneficiary: {
        personalDataRef: beneficiaryRefOf(personalDataRef),
        relationship: beneficiary.relationship,
        citizenIdHash: beneficiary.citizenId === null ? null : hashCitizenId(beneficiary.citizenId, key),
      },
      joiningFee: request.joiningFee as Money,
    },
  };
};
