import { AuthenticatedActor } from '@kongthun/http';
import { DomainError, Money } from '@kongthun/kernel';
import { FundCommand, governanceStreamId, memberStreamId } from '@kongthun/welfare-domain';
import { CHAIR, COMMITTEE, PRASERT, rulesV1, TREASURER } from '@kongthun/welfare-domain/testing';
import { CommandBody, FundCommandHandler } from './fund-command-handler';
import { enrolment } from './handler-fixture';
import { RacingStore } from './racing-store';

const FUND = 'race-fund';
const actor = (userId: string, role: AuthenticatedActor['role']): AuthenticatedActor => ({ userId, role, scope: { funds: [FUND] } });
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const treasurer = actor(TREASURER, 'treasurer');
const NOW = new Date('2024-03-20T05:00:00Z');

const run = <T extends FundCommand['type']>(handler: FundCommandHandler, as: AuthenticatedActor, body: CommandBody<T>) =>
  handler.execute(FUND, as, body);

const WORDS: Record<number, string> = { 2: 'สี่ร้อยบาทถ้วน', 10: 'สองพันบาทถ้วน' };

/**
 * A fund holding `matching` baht, and the members' joining fees and a year of contributions (370
 * baht each, on their streams, not yet credited to the books), with one approved sickness claim
 * of `nights` × 200 baht per member.
 */
const fundWithApprovedClaims = async (store: RacingStore, members: string[], matching: number, nights = 10) => {
  const handler = new FundCommandHandler(store, () => NOW);
  await run(handler, admin, {
    type: 'RegisterFund',
    data: { fundId: FUND, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2023-01-02', committee: COMMITTEE, rules: rulesV1() },
  });
  await run(handler, treasurer, {
    type: 'RecordMatchingFunds',
    data: {
      matchingId: 'mf-1',
      source: 'codi',
      sourceName: 'พอช.',
      fiscalYear: 2567,
      amount: Money.ofBaht(matching),
      receivedOn: '2024-03-01',
      documentRef: 'codi-1',
    },
  });
  for (const memberId of members) {
    await run(handler, treasurer, enrolment(memberId, '2023-01-02'));
    await run(handler, treasurer, {
      type: 'RecordContribution',
      data: {
        contributionId: `ct-${memberId}`,
        memberId,
        months: 12,
        amount: Money.ofBaht(360),
        receivedOn: '2023-01-05',
        receiptRef: `rc-${memberId}`,
      },
    });
    await run(handler, treasurer, {
      type: 'SubmitClaim',
      data: {
        claimId: `cl-${memberId}`,
        memberId,
        benefit: 'sickness',
        eventDate: '2024-03-10',
        hospitalNights: nights,
        evidenceRefs: ['med-cert'],
        amountFigures: `${nights * 200}.00`,
        amountWords: WORDS[nights],
      },
    });
    for (const approver of [CHAIR, PRASERT])
      await run(handler, actor(approver, 'committee'), { type: 'ApproveClaim', data: { claimId: `cl-${memberId}` } });
  }
  return handler;
};

const pay = (handler: FundCommandHandler, payoutId: string, claimId: string) =>
  run(handler, treasurer, {
    type: 'PayClaim',
    data: { payoutId, claimId, method: 'cash', reference: `rcpt-${payoutId}`, paidOn: '2024-03-20', payeeAccountHash: null },
  });

const outcomes = (results: PromiseSettledResult<unknown>[]) =>
  results.map((result) =>
    result.status === 'fulfilled' ? 'paid' : result.reason instanceof DomainError ? result.reason.code : String(result.reason),
  );

const payoutsIn = async (store: RacingStore) =>
  (await store.readAll({ maxCount: 10_000 }))
    .filter((entry) => entry.event.type === 'welfare.payout.made')
    .map((entry) => entry.event.streamId);

describe('concurrent commands on the split streams', () => {
  it('two payouts racing for the last baht: one is paid, the other refused as an overdraft', async () => {
    const store = new RacingStore();
    // 2,500 baht matching + 740 baht of member money (credited when a check refuses): one 2,000-baht claim, not two.
    const handler = await fundWithApprovedClaims(store, ['m-1', 'm-2'], 2_500);
    store.holdAppends(2);
    const results = await Promise.allSettled([pay(handler, 'po-1', 'cl-m-1'), pay(handler, 'po-2', 'cl-m-2')]);
    expect(outcomes(results).sort()).toEqual(['paid', 'payout.overdraft']);
    expect(await payoutsIn(store)).toEqual([expect.stringMatching(/^welfare-books-race-fund-2567$/)]);
  });

  it('two payouts of one claim: one is paid, the other refused as already paid', async () => {
    const store = new RacingStore();
    const handler = await fundWithApprovedClaims(store, ['m-1'], 10_000);
    store.holdAppends(2);
    const results = await Promise.allSettled([pay(handler, 'po-1', 'cl-m-1'), pay(handler, 'po-2', 'cl-m-1')]);
    expect(outcomes(results).sort()).toEqual(['claim.already-paid', 'paid']);
    expect(await payoutsIn(store)).toHaveLength(1);
  });

  it('one committee member approving twice at once counts once toward the quorum of distinct approvers', async () => {
    const store = new RacingStore();
    const handler = await fundWithApprovedClaims(store, ['m-1'], 10_000, 2);
    await run(handler, treasurer, {
      type: 'SubmitClaim',
      data: {
        claimId: 'cl-2',
        memberId: 'm-1',
        benefit: 'sickness',
        eventDate: '2024-03-11',
        hospitalNights: 1,
        evidenceRefs: ['c'],
        amountFigures: '200.00',
        amountWords: 'สองร้อยบาทถ้วน',
      },
    });
    const approve = () => run(handler, actor(CHAIR, 'committee'), { type: 'ApproveClaim', data: { claimId: 'cl-2' } });
    store.holdAppends(2);
    const results = await Promise.allSettled([approve(), approve()]);
    expect(outcomes(results).sort()).toEqual(['claim.already-approved-by-approver', 'paid']);
    const onMember = (await store.readStream(memberStreamId(FUND, 'm-1', 2567))).filter(
      (event) => (event.data as { claimId?: string }).claimId === 'cl-2',
    );
    expect(onMember.map((event) => event.type)).toEqual(['welfare.claim.submitted', 'welfare.claim.approval-recorded']);
  });

  it('a payout reads governance, one member and the open books, never the other members', async () => {
    const store = new RacingStore();
    const handler = await fundWithApprovedClaims(store, ['m-1', 'm-2', 'm-3'], 10_000);
    const read: string[] = [];
    const readStream = store.readStream.bind(store);
    store.readStream = (streamId, options) => {
      read.push(streamId);
      return readStream(streamId, options);
    };
    await pay(handler, 'po-1', 'cl-m-2');
    expect(read).toContain(governanceStreamId(FUND));
    expect(read).toContain(memberStreamId(FUND, 'm-2', 2567));
    expect(read).not.toContain(memberStreamId(FUND, 'm-1', 2567));
    expect(read).not.toContain(memberStreamId(FUND, 'm-3', 2567));
  });
});
