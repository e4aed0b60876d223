import { EventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { FundCommand } from '@kongthun/welfare-domain';
import { COMMITTEE, rulesV1, TREASURER } from '@kongthun/welfare-domain/testing';
import { CommandBody, FundCommandHandler } from './fund-command-handler';

/** A fund registered (founded 2 January 2023) through the handler, for its specs; commands run as the treasurer unless told. */
export const registeredFund = async (store: EventStore, fundId: string, at = '2024-03-20T05:00:00Z') => {
  let now = new Date(at);
  const handler = new FundCommandHandler(store, () => now);
  const treasurer: AuthenticatedActor = { userId: TREASURER, role: 'treasurer', scope: { funds: [fundId] } };
  const run = <T extends FundCommand['type']>(body: CommandBody<T>, as = treasurer) => handler.execute(fundId, as, body);
  await run(
    {
      type: 'RegisterFund',
      data: { fundId, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2023-01-02', committee: COMMITTEE, rules: rulesV1() },
    },
    { userId: 'admin', role: 'admin', scope: {} },
  );
  return { handler, run, setNow: (instant: string) => (now = new Date(instant)) };
};

/** `memberId` enrolled on the one-baht-a-day plan with a 10 baht joining fee. */
export const enrolment = (memberId: string, enrolledOn: string): CommandBody<'EnrolMember'> => ({
  type: 'EnrolMember',
  data: {
    memberId,
    citizenIdHash: `hmac-${memberId}`,
    personalDataRef: `pd-${memberId}`,
    planId: 'one-baht-a-day',
    beneficiary: { personalDataRef: `pd-b-${memberId}`, citizenIdHash: null, relationship: 'คู่สมรส' },
    enrolledOn,
    joiningFee: Money.ofBaht(10),
  },
});

/** 10,000 baht of CODI matching money for `fiscalYear`. */
export const codiMatching = (matchingId: string, receivedOn: string, fiscalYear: number): CommandBody<'RecordMatchingFunds'> => ({
  type: 'RecordMatchingFunds',
  data: {
    matchingId,
    source: 'codi',
    sourceName: 'พอช.',
    fiscalYear,
    amount: Money.ofBaht(10_000),
    receivedOn,
    documentRef: `doc-${matchingId}-${receivedOn}`,
  },
});
