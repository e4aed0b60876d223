import { Money } from '@kongthun/kernel';
import { AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant, FundCommand } from '@kongthun/welfare-domain';
import { CommandBody, FundCommandHandler, MemberPersonalData } from '@kongthun/welfare-service';
import { registerFundBody } from '@kongthun/welfare-service/demo-support';
import { demoCalendar } from './demo-calendar';
import { DEMO_MEMBERS, demoCitizenId } from './demo-people';
import { demoRules } from './demo-rules';

export const NEIGHBOUR_FUND_ID = 'phuket-wichit';

const scope = { funds: [NEIGHBOUR_FUND_ID] };
const committee: AuthenticatedActor[] = [
  { userId: 'somsak', role: 'committee', scope }, // นายสมศักดิ์ รักถิ่น, ประธาน
  { userId: 'kannika', role: 'treasurer', scope }, // นางกรรณิกา ใจงาม, เหรัญญิก
  { userId: 'pranee', role: 'committee', scope }, // นางปราณี สายทอง, กรรมการ
];

/**
 * The neighbouring fund of Wichit subdistrict (ตำบลวิชิต, 830103). Nai Boonmee (m-001 of Talat Yai,
 * same citizen ID) is a member here too, and claims the same three nights in hospital from both
 * funds. Neither committee can see it; the audit service does: the demo's red flag for auditors.
 */
export const loadNeighbouringFund = async (
  handler: FundCommandHandler,
  members: MemberPersonalData,
  citizenIdKey: string,
  admin: AuthenticatedActor,
) => {
  if ((await handler.state(NEIGHBOUR_FUND_ID)).status === 'Registered') return;
  const [somsak, kannika, pranee] = committee;
  // Boonmee joined here a month before Talat Yai's enrolment day, paid a year at once, then monthly.
  const { monthsAgo } = demoCalendar(handler.now());
  // Paid today: a payout may not be dated before its approval, and the approvals are recorded now.
  const today = dateOfInstant(handler.now());
  const run = <T extends FundCommand['type']>(actor: AuthenticatedActor, body: CommandBody<T>) =>
    handler.execute(NEIGHBOUR_FUND_ID, actor, body);
  await run(
    admin,
    registerFundBody(
      {
        fundId: NEIGHBOUR_FUND_ID,
        name: 'กองทุนสวัสดิการชุมชนตำบลวิชิต',
        areaCode: '830103',
        foundedOn: monthsAgo(15, 1),
        rules: demoRules,
        committee: [
          { userId: 'somsak', role: 'chair', citizenId: demoCitizenId(950), personalDataRef: 'pd-committee-somsak' },
          { userId: 'kannika', role: 'treasurer', citizenId: demoCitizenId(951), personalDataRef: 'pd-committee-kannika' },
          { userId: 'pranee', role: 'member', citizenId: demoCitizenId(952), personalDataRef: 'pd-committee-pranee' },
        ],
      },
      citizenIdKey,
    ),
  );
  const boonmee = DEMO_MEMBERS[0];
  await members.enrol(NEIGHBOUR_FUND_ID, kannika, {
    memberId: 'w-017',
    citizenId: demoCitizenId(1),
    name: boonmee.name,
    phone: boonmee.phone,
    planId: 'baht-a-day',
    enrolledOn: monthsAgo(14, 1),
    joiningFee: Money.parse('10.00'),
    beneficiary: { name: boonmee.beneficiary, phone: null, citizenId: null, relationship: 'บุตร (child)' },
  });
  await run(kannika, {
    type: 'RecordContribution',
    data: {
      contributionId: 'ct-w-017-year',
      memberId: 'w-017',
      months: 12,
      amount: Money.parse('360.00'),
      receivedOn: monthsAgo(14, 1),
      receiptRef: 'rc-w-017-year',
    },
  });
  for (const ago of [2, 1]) {
    await run(kannika, {
      type: 'RecordContribution',
      data: {
        contributionId: `ct-w-017-${ago}`,
        memberId: 'w-017',
        months: 1,
        amount: Money.parse('30.00'),
        receivedOn: monthsAgo(ago, 15),
        receiptRef: `rc-w-017-${ago}`,
      },
    });
  }
  await run(kannika, {
    type: 'SubmitClaim',
    data: {
      claimId: 'wc-031',
      memberId: 'w-017',
      benefit: 'sickness',
      eventDate: monthsAgo(6, 12),
      hospitalNights: 3,
      evidenceRefs: ['ev-wc-031'],
      amountFigures: '300.00',
      amountWords: 'สามร้อยบาทถ้วน',
    },
  });
  await run(somsak, { type: 'ApproveClaim', data: { claimId: 'wc-031' } });
  await run(pranee, { type: 'ApproveClaim', data: { claimId: 'wc-031' } });
  await run(kannika, {
    type: 'PayClaim',
    data: {
      payoutId: 'wp-031',
      claimId: 'wc-031',
      method: 'cash',
      reference: `pv-wichit-${monthsAgo(6, 25)}`,
      paidOn: today,
      payeeAccountHash: null,
    },
  });
};
