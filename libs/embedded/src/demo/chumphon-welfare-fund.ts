import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { dateOfInstant, FundCommand } from '@kongthun/welfare-domain';
import { CommandBody, FundCommandHandler, MemberPersonalData } from '@kongthun/welfare-service';
import { registerFundBody } from '@kongthun/welfare-service/demo-support';
import { chumphonCitizenId } from './chumphon-people';
import { demoCalendar } from './demo-calendar';
import { demoRules } from './demo-rules';

export const CHUMPHON_WELFARE_FUND_ID = 'chumphon-pak-nam';

/** The demo rules with a smaller death benefit (1,000 baht), within what a young fund of one member holds. */
const pakNamRules = {
  ...demoRules,
  benefits: demoRules.benefits.map((benefit) => (benefit.benefit === 'death' ? { ...benefit, amount: '1000.00' } : benefit)),
};

const scope = { funds: [CHUMPHON_WELFARE_FUND_ID] };
const [chair, treasurer, member1]: AuthenticatedActor[] = [
  { userId: 'chaiwat', role: 'committee', scope }, // นายชัยวัฒน์ ทองคำ, ประธาน
  { userId: 'ratree', role: 'treasurer', scope }, // นางราตรี มีสุข, เหรัญญิก
  { userId: 'somsri', role: 'committee', scope }, // นางสมศรี บุญมา, กรรมการ
  { userId: 'prawit', role: 'committee', scope }, // นายประวิทย์ ศรีทอง, กรรมการ
];

/** Who died in the flood: a member of the Pak Nam fund and the head of a household relief registered. */
export interface FloodDeath {
  citizenId: string;
  name: string;
  diedOn: string;
}

/**
 * The community welfare fund of Pak Nam subdistrict, Mueang Chumphon (ตำบลปากน้ำ, 860102), which
 * pays its death benefit (1,000 baht) for a member who died in the flood on the day it struck, while
 * relief pays the same death's funeral to his household. Neither programme sees the other; the
 * auditor matches the keyed citizen-ID hash and, where `welfare:death` and `relief:funeral` are
 * configured as one need (config/red-flags.json), flags one need paid twice. Loaded once.
 */
export const loadChumphonWelfareFund = async (
  handler: FundCommandHandler,
  members: MemberPersonalData,
  citizenIdKey: string,
  admin: AuthenticatedActor,
  death: FloodDeath,
) => {
  if ((await handler.state(CHUMPHON_WELFARE_FUND_ID)).status === 'Registered') return;
  const { monthsAgo } = demoCalendar(handler.now());
  const today = dateOfInstant(handler.now());
  const run = <T extends FundCommand['type']>(actor: AuthenticatedActor, body: CommandBody<T>) =>
    handler.execute(CHUMPHON_WELFARE_FUND_ID, actor, body);
  await run(
    admin,
    registerFundBody(
      {
        fundId: CHUMPHON_WELFARE_FUND_ID,
        name: 'กองทุนสวัสดิการชุมชนตำบลปากน้ำ',
        areaCode: '860102',
        foundedOn: monthsAgo(24, 1),
        rules: pakNamRules,
        committee: [
          { userId: 'chaiwat', role: 'chair', citizenId: chumphonCitizenId(9601), personalDataRef: 'pd-committee-chaiwat' },
          { userId: 'ratree', role: 'treasurer', citizenId: chumphonCitizenId(9602), personalDataRef: 'pd-committee-ratree' },
          { userId: 'somsri', role: 'member', citizenId: chumphonCitizenId(9603), personalDataRef: 'pd-committee-somsri' },
          { userId: 'prawit', role: 'member', citizenId: chumphonCitizenId(9604), personalDataRef: 'pd-committee-prawit' },
        ],
      },
      citizenIdKey,
    ),
  );
  await members.enrol(CHUMPHON_WELFARE_FUND_ID, treasurer, {
    memberId: 'pn-001',
    citizenId: death.citizenId,
    name: death.name,
    phone: null,
    planId: 'baht-a-day',
    enrolledOn: monthsAgo(20, 1),
    joiningFee: Money.parse('10.00'),
    beneficiary: { name: 'นางบุญมา ใจดี', phone: null, citizenId: null, relationship: 'คู่สมรส (spouse)' },
  });
  for (const [n, ago] of [20, 8].entries())
    await run(treasurer, {
      type: 'RecordContribution',
      data: {
        contributionId: `ct-pn-001-${n + 1}`,
        memberId: 'pn-001',
        months: 12,
        amount: Money.parse('360.00'),
        receivedOn: monthsAgo(ago, 1),
        receiptRef: `rc-pn-001-${n + 1}`,
      },
    });
  // His wife is a member too: her year's contributions keep the young fund able to pay a death benefit.
  await members.enrol(CHUMPHON_WELFARE_FUND_ID, treasurer, {
    memberId: 'pn-002',
    citizenId: chumphonCitizenId(504),
    name: 'นางบุญมา ใจดี',
    phone: null,
    planId: 'baht-a-day',
    enrolledOn: monthsAgo(8, 1),
    joiningFee: Money.parse('10.00'),
    beneficiary: { name: death.name, phone: null, citizenId: null, relationship: 'คู่สมรส (spouse)' },
  });
  await run(treasurer, {
    type: 'RecordContribution',
    data: {
      contributionId: 'ct-pn-002-1',
      memberId: 'pn-002',
      months: 12,
      amount: Money.parse('360.00'),
      receivedOn: monthsAgo(8, 1),
      receiptRef: 'rc-pn-002-1',
    },
  });
  await run(treasurer, {
    type: 'RecordMemberDeath',
    data: { memberId: 'pn-001', diedOn: death.diedOn, evidenceRef: 'death-cert-cp-114' },
  });
  await run(treasurer, {
    type: 'SubmitClaim',
    data: {
      claimId: 'pn-c-001',
      memberId: 'pn-001',
      benefit: 'death',
      eventDate: death.diedOn,
      hospitalNights: null,
      evidenceRefs: ['death-cert-cp-114'],
      amountFigures: '1000.00',
      amountWords: 'หนึ่งพันบาทถ้วน',
    },
  });
  for (const approver of [chair, member1]) await run(approver, { type: 'ApproveClaim', data: { claimId: 'pn-c-001' } });
  await run(treasurer, {
    type: 'PayClaim',
    data: {
      payoutId: 'pn-p-001',
      claimId: 'pn-c-001',
      method: 'cash',
      reference: `pv-paknam-${today}`,
      paidOn: today,
      payeeAccountHash: null,
    },
  });
};
