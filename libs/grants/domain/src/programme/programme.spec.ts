import { deciderSpec } from '@kongthun/kernel/testing';
import { meta, OFFICER, rules } from '../testing/saraburi';
import { organisationDecider } from '../organisation/organisation';
import { programmeDecider, rulesInForce } from './programme';

const given = deciderSpec(programmeDecider);
const register = {
  type: 'RegisterProgramme' as const,
  data: { programmeId: 'codi-saraburi', name: 'พอช. สระบุรี', funder: 'พอช.', areaCodes: ['19'], rules: rules() },
  metadata: meta('admin'),
};
const registered = () => programmeDecider.decide(register, { status: 'Unregistered' });

describe('a programme', () => {
  it('is registered with its areas and rule version 1', () => {
    given([]).when(register).thenTypes(['grants.programme.registered']);
    given(registered()).when(register).thenThrows('programme.already-registered');
  });

  it('adopts its next rule version, effective no earlier than the last; every later decision cites the version in force', () => {
    const adopt = {
      type: 'AdoptGrantRules' as const,
      data: { programmeId: 'codi-saraburi', rules: rules({ version: 2, effectiveFrom: '2023-04-01', trancheSplitPercent: [50, 50] }) },
      metadata: meta('admin'),
    };
    const adopted = given(registered()).when(adopt).events();
    const { state } = given([...registered(), ...adopted]);
    expect(rulesInForce(state, '2023-03-31').version).toBe(1);
    expect(rulesInForce(state, '2023-04-01').version).toBe(2);
    given(registered())
      .when({ ...adopt, data: { ...adopt.data, rules: rules({ version: 3 }) } })
      .thenThrows('rules.version-out-of-order');
  });

  it('no rules are in force before the first version takes effect', () => {
    expect(() => rulesInForce(given(registered()).state, '2022-09-30')).toThrow(
      expect.objectContaining({ code: 'programme.no-rules-in-force' }),
    );
  });

  it('refuses invalid rules and a programme without areas', () => {
    given([])
      .when({ ...register, data: { ...register.data, rules: rules({ trancheSplitPercent: [60, 60] }) } })
      .thenThrows('rules.tranche-split-invalid');
    given([])
      .when({ ...register, data: { ...register.data, areaCodes: [] } })
      .thenThrows('programme.area-required');
  });
});

describe('an organisation', () => {
  const org = {
    type: 'RegisterOrganisation' as const,
    data: {
      organisationId: 'org-nong-khae',
      name: 'สภาองค์กรชุมชนตำบลหนองแค',
      type: 'community-council' as const,
      areaCode: '190301',
      bankAccountHash: 'a'.repeat(64),
      representativeCitizenIdHash: 'b'.repeat(64),
      contacts: [{ personalDataRef: 'pd-org-1', role: 'ประธาน' }],
    },
    metadata: meta(OFFICER),
  };
  const givenOrg = deciderSpec(organisationDecider);

  it('is registered with its area, type, keyed account hash and encrypted contacts', () => {
    givenOrg([])
      .when(org)
      .then([{ type: 'grants.organisation.registered', data: org.data }]);
  });

  it('refuses an account in clear, no contact, or a second registration', () => {
    givenOrg([])
      .when({ ...org, data: { ...org.data, bankAccountHash: '1234567890' } })
      .thenThrows('organisation.hash-required');
    givenOrg([])
      .when({ ...org, data: { ...org.data, contacts: [] } })
      .thenThrows('organisation.contact-required');
    givenOrg([{ type: 'grants.organisation.registered', data: org.data }])
      .when(org)
      .thenThrows('organisation.already-registered');
  });
});
