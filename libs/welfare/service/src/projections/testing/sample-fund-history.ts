import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { EventStore, handleCommand, InMemoryEventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { FundCommand, fundDecider } from '@kongthun/welfare-domain';
import { rulesInput } from '../../commands/fund-command-bodies';
import { CommandBody } from '../../commands/fund-command-handler';
import { fundEventCodec, fundStreamId } from '../../commands/fund-event-codec';
import { RulesRequest } from '../../http/fund-requests';

export const SAMPLE_FUND_ID = 'kathu-views';

/** Rules of the sample fund (the embedded demo's): 1 baht a day, benefits with waiting periods. */
const rules: RulesRequest = {
  joiningFee: '10.00',
  contributionPlans: [
    {
      planId: 'baht-a-day',
      name: 'วันละบาท',
      monthlyAmount: '30.00',
      lumpSums: [
        { months: 3, amount: '90.00' },
        { months: 12, amount: '360.00' },
      ],
    },
  ],
  benefits: [
    { benefit: 'birth', amount: '500.00', per: 'event', yearlyCap: null, waitingPeriodDays: 180 },
    { benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 },
    { benefit: 'death', amount: '3000.00', per: 'event', yearlyCap: null, waitingPeriodDays: 365 },
  ],
  capYear: 'fiscal',
  lapse: { missedMonths: 3 },
  approval: { approvalsRequired: 2, largeClaimLimit: '2000.00', approvalsAboveLimit: 3 },
  adminCostCapPercent: 20,
  matchingTargets: [
    { source: 'codi', percentOfMemberContributions: 100 },
    { source: 'local-government', percentOfMemberContributions: 100 },
  ],
};

const scope = { funds: [SAMPLE_FUND_ID] };
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const malee: AuthenticatedActor = { userId: 'malee', role: 'treasurer', scope };
const somchai: AuthenticatedActor = { userId: 'somchai', role: 'committee', scope };
const prasert: AuthenticatedActor = { userId: 'prasert', role: 'committee', scope };
/** A stand-in for a keyed hash: the right shape (64 hex digits), derived from the name so tests can tell people apart. */
const hashOf = (who: string): string => createHash('sha256').update(who).digest('hex');
const seat = (userId: string, role: 'chair' | 'treasurer' | 'member') => ({
  userId,
  role,
  citizenIdHash: hashOf(userId),
  personalDataRef: `pd-${userId}`,
});
const m = (baht: string) => Money.parse(baht);

/** Commands are decided as of mid-December 2024 unless they say otherwise, so the history never depends on today. */
const DECEMBER_2024 = '2024-12-15T03:00:00.000Z';
/** Claim c-1 is approved before it is paid on 2024-09-15: a payout may not precede its approval. */
const SEPTEMBER_12_2024 = '2024-09-12T03:00:00.000Z';

/**
 * A fund's stream with an event of every type, decided by the domain's own decider: members
 * in arrears, matching money in two fiscal years, claims paid, reversed, rejected and waiting, rules
 * taking effect in 2025, committee changes, a resignation, an erasure of personal data, a death, lapses.
 */
export const sampleFundHistory = async (store: EventStore = new InMemoryEventStore()): Promise<RecordedEvent[]> => {
  const run = async <T extends FundCommand['type']>(actor: AuthenticatedActor, body: CommandBody<T>, now = DECEMBER_2024) => {
    const by = { userId: actor.userId, role: actor.role };
    const command = { ...body, metadata: { now, actor: by } } as FundCommand;
    await handleCommand(store, fundDecider, fundEventCodec, fundStreamId(SAMPLE_FUND_ID), command, {
      metadata: { actor: by, correlationId: uuidv7(), causationId: null },
      newEventId: uuidv7,
    });
  };

  await run(admin, {
    type: 'RegisterFund',
    data: {
      fundId: SAMPLE_FUND_ID,
      name: 'กองทุนสวัสดิการชุมชนตำบลกะทู้',
      areaCode: '830201',
      foundedOn: '2024-01-05',
      rules: rulesInput(rules),
      committee: [seat('somchai', 'chair'), seat('malee', 'treasurer'), seat('prasert', 'member'), seat('wanida', 'member')],
    },
  });
  for (const memberId of ['m-1', 'm-2', 'm-3', 'm-4']) {
    await run(malee, {
      type: 'EnrolMember',
      data: {
        memberId,
        citizenIdHash: hashOf(memberId),
        personalDataRef: `pd-${memberId}`,
        planId: 'baht-a-day',
        enrolledOn: '2024-01-10',
        joiningFee: m('10.00'),
        beneficiary: { personalDataRef: `pd-${memberId}-b`, citizenIdHash: null, relationship: 'บุตร' },
      },
    });
  }
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-1', memberId: 'm-1', months: 12, amount: m('360.00'), receivedOn: '2024-01-15', receiptRef: 'r-1' },
  });
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-2', memberId: 'm-2', months: 3, amount: m('90.00'), receivedOn: '2024-01-15', receiptRef: 'r-2' },
  });
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-2b', memberId: 'm-2', months: 3, amount: m('90.00'), receivedOn: '2024-04-15', receiptRef: 'r-2b' },
  });
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-3', memberId: 'm-3', months: 12, amount: m('360.00'), receivedOn: '2024-01-25', receiptRef: 'r-3' },
  });
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-4', memberId: 'm-4', months: 12, amount: m('360.00'), receivedOn: '2024-01-20', receiptRef: 'r-4' },
  });
  await run(somchai, { type: 'DeclareRelation', data: { userId: 'wanida', memberId: 'm-4', relationship: 'พี่สาว' } });
  await run(malee, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-1',
      source: 'local-government',
      sourceName: 'อบจ.ภูเก็ต',
      fiscalYear: 2567,
      amount: m('500.00'),
      receivedOn: '2024-03-01',
      documentRef: 'd-1',
    },
  });
  await run(malee, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-2',
      source: 'codi',
      sourceName: 'พอช.',
      fiscalYear: 2568,
      amount: m('300.00'),
      receivedOn: '2024-11-01',
      documentRef: 'd-2',
    },
  });
  await run(somchai, {
    type: 'GrantAdminOverride',
    data: {
      overrideId: 'ov-1',
      amount: m('400.00'),
      purpose: 'อบรมกรรมการ',
      resolutionRef: 'res-1',
      approverIds: ['somchai', 'prasert', 'wanida'],
    },
  });
  await run(malee, {
    type: 'RecordAdminSpending',
    data: { spendingId: 'ad-1', amount: m('50.00'), purpose: 'สมุดบัญชี', spentOn: '2024-04-02', documentRef: 'rc-ad-1', overrideId: null },
  });
  // Three records entered by mistake and reversed by name: the books end as if they never were.
  await run(malee, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-1b', memberId: 'm-1', months: 1, amount: m('30.00'), receivedOn: '2024-04-20', receiptRef: 'r-1b' },
  });
  await run(malee, {
    type: 'ReverseContribution',
    data: { reversalId: 'rv-ct-1b', contributionId: 'ct-1b', reason: 'ผิดคน', reversedOn: '2024-04-21' },
  });
  await run(malee, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-x',
      source: 'other',
      sourceName: 'มูลนิธิ',
      fiscalYear: 2567,
      amount: m('100.00'),
      receivedOn: '2024-04-20',
      documentRef: 'd-x',
    },
  });
  await run(somchai, {
    type: 'ReverseMatchingFunds',
    data: { reversalId: 'rv-mt-x', matchingId: 'mt-x', reason: 'โอนเข้าผิดกองทุน', reversedOn: '2024-04-21' },
  });
  await run(malee, {
    type: 'RecordAdminSpending',
    data: {
      spendingId: 'ad-x',
      amount: m('20.00'),
      purpose: 'ค่าถ่ายเอกสาร',
      spentOn: '2024-04-20',
      documentRef: 'rc-ad-x',
      overrideId: null,
    },
  });
  await run(malee, {
    type: 'ReverseAdminSpending',
    data: { reversalId: 'rv-ad-x', spendingId: 'ad-x', reason: 'บันทึกซ้ำ', reversedOn: '2024-04-21' },
  });

  await run(malee, {
    type: 'SubmitClaim',
    data: {
      claimId: 'c-1',
      memberId: 'm-1',
      benefit: 'sickness',
      eventDate: '2024-09-10',
      hospitalNights: 2,
      evidenceRefs: ['ev-1'],
      amountFigures: '200.00',
      amountWords: 'สองร้อยบาทถ้วน',
    },
  });
  await run(somchai, { type: 'ApproveClaim', data: { claimId: 'c-1' } }, SEPTEMBER_12_2024);
  await run(prasert, { type: 'ApproveClaim', data: { claimId: 'c-1' } }, SEPTEMBER_12_2024);
  await run(malee, {
    type: 'PayClaim',
    data: {
      payoutId: 'p-1',
      claimId: 'c-1',
      method: 'promptpay',
      reference: 'pp-1',
      paidOn: '2024-09-15',
      payeeAccountHash: 'f'.repeat(64),
    },
  });
  await run(malee, { type: 'ReversePayout', data: { reversalId: 'rv-1', payoutId: 'p-1', reason: 'โอนผิดบัญชี', reversedOn: '2024-09-16' } });
  await run(malee, {
    type: 'PayClaim',
    data: { payoutId: 'p-1b', claimId: 'c-1', method: 'cash', reference: 'rc-p-1b', paidOn: '2024-09-17', payeeAccountHash: null },
  });
  await run(malee, {
    type: 'SubmitClaim',
    data: {
      claimId: 'c-2',
      memberId: 'm-2',
      benefit: 'birth',
      eventDate: '2024-08-01',
      hospitalNights: null,
      evidenceRefs: ['ev-2'],
      amountFigures: '500.00',
      amountWords: 'ห้าร้อยบาทถ้วน',
    },
  });
  await run(somchai, { type: 'ApproveClaim', data: { claimId: 'c-2' } });
  await run(malee, {
    type: 'SubmitClaim',
    data: {
      claimId: 'c-3',
      memberId: 'm-3',
      benefit: 'sickness',
      eventDate: '2024-10-05',
      hospitalNights: 1,
      evidenceRefs: ['ev-3'],
      amountFigures: '100.00',
      amountWords: 'หนึ่งร้อยบาทถ้วน',
    },
  });
  await run(somchai, { type: 'RejectClaim', data: { claimId: 'c-3', reason: 'ไม่มีใบรับรองแพทย์' } });

  await run(somchai, {
    type: 'AdoptRules',
    data: {
      rules: rulesInput({
        ...rules,
        contributionPlans: [{ ...rules.contributionPlans[0], monthlyAmount: '40.00' }],
        matchingTargets: [{ source: 'codi', percentOfMemberContributions: 50 }],
      }),
      effectiveFrom: '2025-01-01',
      resolutionRef: 'res-2',
    },
  });
  await run(somchai, { type: 'AppointCommitteeMember', data: { member: seat('anan', 'member'), appointedOn: '2024-12-01' } });
  await run(somchai, { type: 'RemoveCommitteeMember', data: { userId: 'anan', removedOn: '2024-12-14', reason: 'ลาออก' } });
  await run(malee, { type: 'ResignMember', data: { memberId: 'm-3', resignedOn: '2024-12-01', reason: 'ย้ายถิ่น' } });
  await run(somchai, { type: 'ErasePersonalData', data: { memberId: 'm-3', ground: 'data-subject-request', requestRef: 'pdpa-req-1' } });
  await run(malee, { type: 'RecordMemberDeath', data: { memberId: 'm-4', diedOn: '2024-12-05', evidenceRef: 'death-cert-4' } });
  await run(malee, { type: 'ApplyLapses', data: {} }, '2025-06-01T03:00:00.000Z');
  return store.readStream(fundStreamId(SAMPLE_FUND_ID));
};
