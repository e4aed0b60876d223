import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { DomainError, Money } from '@kongthun/kernel';
import { claimIndexStreamId, FundCommand, memberStreamId } from '@kongthun/welfare-domain';
import { CHAIR, COMMITTEE, PRASERT, rulesV1, TREASURER } from '@kongthun/welfare-domain/testing';
import { CommandBody, FundCommandHandler } from './fund-command-handler';
import { RacingStore } from './racing-store';

const FUND = 'member-years-fund';
const actor = (userId: string, role: AuthenticatedActor['role']): AuthenticatedActor => ({ userId, role, scope: { funds: [FUND] } });
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const treasurer = actor(TREASURER, 'treasurer');

/** A fund whose member m-1 enrolled in January 2024 (fiscal 2567), paid through August 2024 and has a claim awaiting approval. */
const fundInFiscal2567 = async (store: InMemoryEventStore) => {
  let now = new Date('2024-03-20T05:00:00Z');
  const handler = new FundCommandHandler(store, () => now);
  const run = <T extends FundCommand['type']>(as: AuthenticatedActor, body: CommandBody<T>) => handler.execute(FUND, as, body);
  await run(admin, {
    type: 'RegisterFund',
    data: { fundId: FUND, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2023-01-02', committee: COMMITTEE, rules: rulesV1() },
  });
  await run(treasurer, {
    type: 'EnrolMember',
    data: {
      memberId: 'm-1',
      citizenIdHash: 'hmac-m-1',
      personalDataRef: 'pd-m-1',
      planId: 'one-baht-a-day',
      beneficiary: { personalDataRef: 'pd-b-m-1', citizenIdHash: null, relationship: 'คู่สมรส' },
      enrolledOn: '2024-01-05',
      joiningFee: Money.ofBaht(10),
    },
  });
  await run(treasurer, {
    type: 'RecordContribution',
    data: { contributionId: 'ct-1', memberId: 'm-1', months: 8, amount: Money.ofBaht(240), receivedOn: '2024-03-01', receiptRef: 'rc-1' },
  });
  now = new Date('2024-09-20T05:00:00Z');
  await run(treasurer, {
    type: 'SubmitClaim',
    data: {
      claimId: 'cl-1',
      memberId: 'm-1',
      benefit: 'sickness',
      eventDate: '2024-09-10',
      hospitalNights: 1,
      evidenceRefs: ['med-cert'],
      amountFigures: '200.00',
      amountWords: 'สองร้อยบาทถ้วน',
    },
  });
  return { handler, run, setNow: (at: string) => (now = new Date(at)) };
};

const contribution = (contributionId: string, amount = 30): CommandBody<'RecordContribution'> => ({
  type: 'RecordContribution',
  data: {
    contributionId,
    memberId: 'm-1',
    months: 1,
    amount: Money.ofBaht(amount),
    receivedOn: '2024-10-01',
    receiptRef: `rc-${contributionId}`,
  },
});

const types = async (store: InMemoryEventStore, fiscalYear: number) =>
  (await store.readStream(memberStreamId(FUND, 'm-1', fiscalYear))).map((event) => event.type);

describe("a member's stream per fiscal year", () => {
  it('the first command of a new year closes the old year and opens the new one; a claim of the old year is approved in it', async () => {
    const store = new InMemoryEventStore();
    const { run, setNow } = await fundInFiscal2567(store);
    setNow('2024-10-01T05:00:00Z');
    for (const approver of [CHAIR, PRASERT]) await run(actor(approver, 'committee'), { type: 'ApproveClaim', data: { claimId: 'cl-1' } });
    expect((await types(store, 2567)).slice(-1)).toEqual(['welfare.member.year-closed']);
    expect(await types(store, 2568)).toEqual([
      'welfare.member.year-opened',
      'welfare.claim.approval-recorded',
      'welfare.claim.approval-recorded',
      'welfare.claim.approved',
    ]);
    const [opened] = await store.readStream(memberStreamId(FUND, 'm-1', 2568));
    expect(opened.data).toMatchObject({
      fiscalYear: 2568,
      member: { paidThrough: '2024-08' },
      claims: [{ claimId: 'cl-1', status: 'submitted' }],
    });
  });

  it('a command refused in a new year writes nothing: no close, no opening', async () => {
    const store = new InMemoryEventStore();
    const { run, setNow } = await fundInFiscal2567(store);
    const before = await types(store, 2567);
    setNow('2024-10-01T05:00:00Z');
    await expect(run(treasurer, contribution('ct-2', 31))).rejects.toMatchObject({ code: 'contribution.amount-mismatch' });
    expect(await types(store, 2567)).toEqual(before);
    expect(await types(store, 2568)).toEqual([]);
  });

  it('two contributions racing on the first day of a year: both recorded in the new year, the old one closed once, none lost', async () => {
    const store = new RacingStore();
    const { run, setNow } = await fundInFiscal2567(store);
    setNow('2024-10-01T05:00:00Z');
    store.holdAppends(2);
    const results = await Promise.allSettled([run(treasurer, contribution('ct-2')), run(treasurer, contribution('ct-3'))]);
    expect(results.map((result) => (result.status === 'fulfilled' ? 'recorded' : (result.reason as DomainError).code))).toEqual([
      'recorded',
      'recorded',
    ]);
    expect((await types(store, 2567)).filter((type) => type === 'welfare.member.year-closed')).toHaveLength(1);
    const year = await store.readStream(memberStreamId(FUND, 'm-1', 2568));
    expect(year.map((event) => event.type)).toEqual([
      'welfare.member.year-opened',
      'welfare.contribution.recorded',
      'welfare.contribution.recorded',
    ]);
    // Paid in order: the second contribution pays the month after the first.
    expect(year.slice(1).map((event) => (event.data as { periodFrom: string }).periodFrom)).toEqual(['2024-09', '2024-10']);
  });

  it('two claims racing for the last of the yearly cap: one is submitted, the refused one leaves no claim-index entry', async () => {
    const store = new RacingStore();
    const { run } = await fundInFiscal2567(store);
    const eightNights = (claimId: string): CommandBody<'SubmitClaim'> => ({
      type: 'SubmitClaim',
      data: {
        claimId,
        memberId: 'm-1',
        benefit: 'sickness',
        eventDate: '2024-09-12',
        hospitalNights: 8,
        evidenceRefs: ['med-cert'],
        amountFigures: '1,600.00',
        amountWords: Money.ofBaht(1_600).toThaiWords(),
      },
    });
    store.holdAppends(2);
    const results = await Promise.allSettled([run(treasurer, eightNights('cl-a')), run(treasurer, eightNights('cl-b'))]);
    const codes = results.map((result) => (result.status === 'fulfilled' ? 'submitted' : (result.reason as DomainError).code));
    expect([...codes].sort()).toEqual(['claim.yearly-cap-exceeded', 'submitted']);
    const refused = codes[0] === 'submitted' ? 'cl-b' : 'cl-a';
    expect(await store.readStream(claimIndexStreamId(FUND, refused))).toEqual([]);
    expect(await store.readStream(claimIndexStreamId(FUND, refused === 'cl-a' ? 'cl-b' : 'cl-a'))).toHaveLength(1);
  });
});
