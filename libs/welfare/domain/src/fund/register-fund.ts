import { AreaCode } from '@kongthun/kernel';
import { validateRules } from './fund-rules';
import { rulesToData } from './fund-rules.data';
import { withRuleDefaults } from './adopt-rules';
import { RegisterFund } from './fund.commands';
import { CommitteeMemberData, FundRegistered } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requirePastDate, requireText } from './refusals';

const checkCommittee = (committee: readonly CommitteeMemberData[]): void => {
  const userIds = new Set(committee.map((member) => member.userId));
  const people = new Set(committee.map((member) => member.citizenIdHash));
  if (userIds.size !== committee.length || people.size !== committee.length) {
    throw refuse('committee.duplicate-member', 'A person or login appears twice on the committee', 'มีกรรมการซ้ำกัน');
  }
  for (const member of committee) {
    requireText(
      member.citizenIdHash,
      'committee.personal-data-required',
      "A committee member's citizen-ID hash",
      'ข้อมูลบัตรประชาชนของกรรมการ',
    );
    requireText(member.personalDataRef, 'committee.personal-data-required', "A committee member's personal data", 'ข้อมูลส่วนบุคคลของกรรมการ');
  }
  const chairs = committee.filter((member) => member.role === 'chair').length;
  const treasurers = committee.filter((member) => member.role === 'treasurer').length;
  if (chairs !== 1 || treasurers < 1) {
    throw refuse(
      'committee.incomplete',
      'A committee needs exactly one chair and at least one treasurer',
      'คณะกรรมการต้องมีประธาน 1 คนและเหรัญญิกอย่างน้อย 1 คน',
      { chairs, treasurers },
    );
  }
};

/** Registers a fund of one subdistrict with its committee and founding rules (version 1, from the founding day). */
export const registerFund = (command: RegisterFund, state: FundState): FundRegistered[] => {
  if (state.status !== 'Unregistered') throw refuse('fund.already-registered', 'The fund is already registered', 'กองทุนนี้จดทะเบียนแล้ว');
  const { fundId, name, areaCode, foundedOn, committee, rules } = command.data;
  const area = AreaCode.parse(areaCode);
  if (area.level !== 'subdistrict') {
    throw refuse(
      'fund.area-not-subdistrict',
      `A welfare fund belongs to a subdistrict; ${areaCode} is a ${area.level}`,
      'กองทุนสวัสดิการชุมชนต้องอยู่ในระดับตำบล',
      { areaCode },
    );
  }
  requirePastDate(foundedOn, 'foundedOn', command.metadata);
  checkCommittee(committee);
  const proposal = withRuleDefaults(rules, foundedOn);
  validateRules(proposal);
  return [
    {
      type: 'welfare.fund.registered',
      data: {
        fundId,
        name: requireText(name, 'fund.name-required', 'The fund name', 'ชื่อกองทุน'),
        areaCode: area.code,
        foundedOn,
        committee: committee.map((member) => ({ ...member })),
        rules: rulesToData({ ...proposal, version: 1 }),
      },
    },
  ];
};
