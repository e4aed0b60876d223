import { randomBytes } from 'node:crypto';
import { KeyedHasher, Money } from '@kongthun/kernel';
import { AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant, FundCommand } from '@kongthun/welfare-domain';
import {
  CommandBody,
  FundCommandHandler,
  InMemoryPersonalDataStore,
  MasterKey,
  MemberPersonalData,
  PersonalDataVault,
} from '@kongthun/welfare-service';
import { registerFundBody } from '@kongthun/welfare-service/demo-support';
import { demoCalendar } from './demo-calendar';
import { DEMO_COMMITTEE, DEMO_FUND_ID, DEMO_MEMBERS, demoActors, demoCitizenId, demoUsers } from './demo-people';
import { demoRules } from './demo-rules';
import { loadNeighbouringFund } from './neighbouring-fund';

const m = (baht: string) => Money.parse(baht);

/**
 * The demo from the seeds: a community welfare fund in Talat Yai, Mueang Phuket (830101), matched by
 * the Phuket Provincial Administrative Organization (seed 002) and CODI, with a year of
 * contributions and claims in every state. Loaded once; a restart finds it in ./data. Every date
 * counts back from the handler's clock (enrolled 13 months ago, paid up to last month), so the
 * demo loaded in any year has active members and claims inside their waiting periods' limits.
 */
/** For callers that only need the events: members' personal data then lives in memory, under a throwaway key. */
const throwawayVault = () => new PersonalDataVault(new InMemoryPersonalDataStore(), MasterKey.fromSecret(randomBytes(32).toString('hex')));

export const loadDemo = async (handler: FundCommandHandler, citizenIdKey: string, personalData: PersonalDataVault = throwawayVault()) => {
  const result = { fundId: DEMO_FUND_ID, fundName: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่', users: demoUsers, created: false };
  const { admin, malee, somchai, prasert, wanida } = demoActors;
  const members = new MemberPersonalData(handler, personalData, citizenIdKey);
  const { monthsAgo, fiscalYearOf, ENROLMENT_MONTHS_AGO } = demoCalendar(handler.now());
  // Paid today: a payout may not be dated before its approval, and the approvals are recorded now.
  const today = dateOfInstant(handler.now());
  await loadNeighbouringFund(handler, members, citizenIdKey, admin);
  if ((await handler.state(DEMO_FUND_ID)).status === 'Registered') return result;
  const run = <T extends FundCommand['type']>(actor: AuthenticatedActor, body: CommandBody<T>) =>
    handler.execute(DEMO_FUND_ID, actor, body);
  const accounts = new KeyedHasher(citizenIdKey);

  await run(
    admin,
    registerFundBody(
      {
        fundId: DEMO_FUND_ID,
        name: result.fundName,
        areaCode: '830101',
        foundedOn: monthsAgo(ENROLMENT_MONTHS_AGO, 5),
        rules: demoRules,
        committee: DEMO_COMMITTEE.map((member, i) => ({
          userId: member.userId,
          role: member.role,
          citizenId: demoCitizenId(900 + i),
          personalDataRef: `pd-committee-${member.userId}`,
        })),
      },
      citizenIdKey,
    ),
  );

  for (const [i, member] of DEMO_MEMBERS.entries()) {
    await members.enrol(DEMO_FUND_ID, malee, {
      memberId: member.memberId,
      citizenId: demoCitizenId(i + 1),
      name: member.name,
      phone: member.phone,
      planId: 'baht-a-day',
      enrolledOn: monthsAgo(ENROLMENT_MONTHS_AGO, 10),
      joiningFee: m('10.00'),
      beneficiary: { name: member.beneficiary, phone: null, citizenId: null, relationship: 'บุตร (child)' },
    });
    for (let month = 1, ago = ENROLMENT_MONTHS_AGO; ago >= 1; month++, ago--) {
      const receivedOn = monthsAgo(ago, 15);
      await run(malee, {
        type: 'RecordContribution',
        data: {
          contributionId: `ct-${member.memberId}-${month}`,
          memberId: member.memberId,
          months: 1,
          amount: m('30.00'),
          receivedOn,
          receiptRef: `rc-${member.memberId}-${month}`,
        },
      });
    }
  }
  await run(somchai, { type: 'DeclareRelation', data: { userId: 'wanida', memberId: 'm-004', relationship: 'พี่สาว (elder sister)' } });
  await run(malee, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-pao',
      source: 'local-government',
      sourceName: 'องค์การบริหารส่วนจังหวัดภูเก็ต',
      fiscalYear: fiscalYearOf(monthsAgo(11, 1)),
      amount: m('1,200.00'),
      receivedOn: monthsAgo(11, 1),
      documentRef: `pao-phuket-0023-${fiscalYearOf(monthsAgo(11, 1))}`,
    },
  });
  await run(malee, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-codi',
      source: 'codi',
      sourceName: 'สถาบันพัฒนาองค์กรชุมชน (พอช.)',
      fiscalYear: fiscalYearOf(monthsAgo(8, 20)),
      amount: m('1,500.00'),
      receivedOn: monthsAgo(8, 20),
      documentRef: `codi-swf-${fiscalYearOf(monthsAgo(8, 20))}-117`,
    },
  });
  await run(malee, {
    type: 'RecordAdminSpending',
    data: {
      spendingId: 'ad-001',
      amount: m('150.00'),
      purpose: 'ค่าเครื่องเขียนและสมุดบัญชี',
      spentOn: monthsAgo(10, 2),
      documentRef: 'receipt-ad-001',
      overrideId: null,
    },
  });

  const claim = (
    claimId: string,
    memberId: string,
    benefit: 'sickness' | 'birth',
    eventDate: string,
    nights: number | null,
    figures: string,
    words: string,
  ) =>
    run(malee, {
      type: 'SubmitClaim',
      data: {
        claimId,
        memberId,
        benefit,
        eventDate,
        hospitalNights: nights,
        evidenceRefs: [`ev-${claimId}`],
        amountFigures: figures,
        amountWords: words,
      },
    });
  const approve = (claimId: string, ...approvers: (typeof somchai)[]) =>
    Promise.all(approvers.map((approver) => run(approver, { type: 'ApproveClaim', data: { claimId } }))).then(() => undefined);

  await claim('c-001', 'm-001', 'sickness', monthsAgo(6, 12), 3, '300.00', 'สามร้อยบาทถ้วน');
  await approve('c-001', somchai);
  await approve('c-001', prasert);
  await run(malee, {
    type: 'PayClaim',
    data: {
      payoutId: 'p-001',
      claimId: 'c-001',
      method: 'bank-transfer',
      reference: `ktb-${monthsAgo(6, 20)}-001`,
      paidOn: today,
      payeeAccountHash: accounts.account('9870012345'),
    },
  });

  await claim('c-002', 'm-002', 'birth', monthsAgo(5, 1), null, '500.00', 'ห้าร้อยบาทถ้วน');
  await approve('c-002', somchai);
  await approve('c-002', wanida);

  await claim('c-003', 'm-003', 'sickness', monthsAgo(4, 5), 2, '200.00', 'สองร้อยบาทถ้วน');
  await approve('c-003', prasert);

  await claim('c-004', 'm-004', 'sickness', monthsAgo(3, 2), 1, '100.00', 'หนึ่งร้อยบาทถ้วน');
  await run(somchai, { type: 'RejectClaim', data: { claimId: 'c-004', reason: 'ไม่มีใบรับรองแพทย์ (no medical certificate)' } });

  await claim('c-005', 'm-005', 'sickness', monthsAgo(2, 1), 2, '200.00', 'สองร้อยบาทถ้วน');
  await approve('c-005', somchai);
  await approve('c-005', prasert);
  await run(malee, {
    type: 'PayClaim',
    data: {
      payoutId: 'p-005',
      claimId: 'c-005',
      method: 'promptpay',
      reference: `pp-0812345678-${monthsAgo(2, 5)}`,
      paidOn: today,
      payeeAccountHash: accounts.account('0812345678'),
    },
  });
  await run(malee, {
    type: 'ReversePayout',
    data: { reversalId: 'rv-005', payoutId: 'p-005', reason: 'โอนผิดบัญชี (paid to the wrong PromptPay number)', reversedOn: today },
  });
  return { ...result, created: true };
};
