import { Money } from '@kongthun/kernel';
import { FundCommand } from './fund.commands';
import { fundDecider } from './fund.decider';
import { FUND_EVENT_TYPES, FundEvent } from './fund.events';
import { balanceOf } from './fund.state';
import {
  beneficiaryOf,
  CHAIR,
  COMMITTEE,
  FOUNDED_ON,
  FUND_ID,
  fundRegistered,
  hashOf,
  meta,
  PRASERT,
  rulesV1,
} from '../testing/talat-yai-fund';

/** Decides each command on the state the previous ones produced, as the command handler does. */
const run = (commands: FundCommand[]): FundEvent[] => {
  const events: FundEvent[] = [];
  let state = fundDecider.initialState();
  for (const command of commands) {
    const decided = fundDecider.decide(command, state);
    state = decided.reduce(fundDecider.evolve, state);
    events.push(...decided);
  }
  return events;
};

const story: FundCommand[] = [
  {
    type: 'RegisterFund',
    data: {
      fundId: FUND_ID,
      name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
      areaCode: '830101',
      foundedOn: FOUNDED_ON,
      committee: COMMITTEE,
      rules: rulesV1(),
    },
    metadata: meta('2022-10-01T03:00:00Z'),
  },
  {
    type: 'EnrolMember',
    data: {
      memberId: 'm-001',
      citizenIdHash: hashOf('m-001'),
      personalDataRef: 'pd-m-001',
      planId: 'one-baht-a-day',
      beneficiary: beneficiaryOf('m-001'),
      enrolledOn: '2022-10-03',
      joiningFee: Money.ofBaht(10),
    },
    metadata: meta('2022-10-03T03:00:00Z'),
  },
  {
    type: 'RecordContribution',
    data: {
      contributionId: 'c-1',
      memberId: 'm-001',
      months: 12,
      amount: Money.ofBaht(360),
      receivedOn: '2022-10-03',
      receiptRef: 'ใบเสร็จ 0001',
    },
    metadata: meta('2022-10-03T03:05:00Z'),
  },
  {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-1',
      source: 'codi',
      sourceName: 'พอช.',
      fiscalYear: 2566,
      amount: Money.ofBaht(360),
      receivedOn: '2023-03-01',
      documentRef: 'พอช. 66/0457',
    },
    metadata: meta('2023-03-01T03:00:00Z'),
  },
  {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mt-2',
      source: 'local-government',
      sourceName: 'เทศบาลนครภูเก็ต',
      fiscalYear: 2566,
      amount: Money.ofBaht(1_000),
      receivedOn: '2023-03-02',
      documentRef: 'ภก 52001/88',
    },
    metadata: meta('2023-03-02T03:00:00Z'),
  },
  {
    type: 'SubmitClaim',
    data: {
      claimId: 'cl-1',
      memberId: 'm-001',
      benefit: 'sickness',
      eventDate: '2023-05-10',
      hospitalNights: 4,
      evidenceRefs: ['ใบรับรองแพทย์'],
      amountFigures: '800',
      amountWords: 'แปดร้อยบาทถ้วน',
    },
    metadata: meta('2023-05-12T03:00:00Z'),
  },
  { type: 'ApproveClaim', data: { claimId: 'cl-1' }, metadata: meta('2023-05-13T03:00:00Z', CHAIR, 'committee') },
  { type: 'ApproveClaim', data: { claimId: 'cl-1' }, metadata: meta('2023-05-13T04:00:00Z', PRASERT, 'committee') },
  {
    type: 'PayClaim',
    data: { payoutId: 'po-1', claimId: 'cl-1', method: 'cash', reference: 'ใบสำคัญจ่าย 0001', paidOn: '2023-05-14', payeeAccountHash: null },
    metadata: meta('2023-05-14T03:00:00Z'),
  },
];

describe('the fund decider', () => {
  it('runs a member from enrolment to a paid sickness claim', () => {
    const events = run(story);
    expect(events.map((event) => event.type)).toEqual([
      'welfare.fund.registered',
      'welfare.member.enrolled',
      'welfare.contribution.recorded',
      'welfare.matching-funds.received',
      'welfare.matching-funds.received',
      'welfare.claim.submitted',
      'welfare.claim.approval-recorded',
      'welfare.claim.approval-recorded',
      'welfare.claim.approved',
      'welfare.payout.made',
    ]);
    const state = events.reduce(fundDecider.evolve, fundDecider.initialState());
    expect(state.status === 'Registered' && balanceOf(state.ledger).toJSON()).toBe('930.00');
    expect(state.status === 'Registered' && state.claims.get('cl-1')?.status).toBe('paid');
  });

  it('decides only JSON-safe events with stored type names, so they replay unchanged', () => {
    const events = run(story);
    for (const event of events) {
      expect(FUND_EVENT_TYPES).toContain(event.type);
      expect(JSON.parse(JSON.stringify(event))).toEqual(event);
    }
    const replayed = (JSON.parse(JSON.stringify(events)) as FundEvent[]).reduce(fundDecider.evolve, fundDecider.initialState());
    expect(replayed).toEqual(events.reduce(fundDecider.evolve, fundDecider.initialState()));
  });

  it('a second registration event in a history changes nothing', () => {
    const state = [fundRegistered(), fundRegistered()].reduce(fundDecider.evolve, fundDecider.initialState());
    expect(state).toEqual(fundDecider.evolve(fundDecider.initialState(), fundRegistered()));
  });

  it('refuses an unknown command type at run time', () => {
    expect(() => fundDecider.decide({ type: 'DissolveFund' } as unknown as FundCommand, fundDecider.initialState())).toThrow(TypeError);
  });
});
