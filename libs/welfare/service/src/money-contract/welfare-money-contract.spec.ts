import { v7 as uuidv7 } from 'uuid';
import { handleCommand, InMemoryEventStore } from '@kongthun/event-sourcing';
import { KeyedHasher, Money, ThaiCitizenId } from '@kongthun/kernel';
import { moneyContractSuite, StoryPerson } from '@kongthun/money-contract/testing';
import { FundCommand, fundDecider } from '@kongthun/welfare-domain';
import { rulesInput } from '../commands/fund-command-bodies';
import { CommandBody } from '../commands/fund-command-handler';
import { fundEventCodec, fundStreamId } from '../commands/fund-event-codec';
import { welfareMoneyMessages, WELFARE_PROGRAMME } from './welfare-money-messages';
import { welfareUnitFactsFrom } from './welfare-unit-facts';

const FUND = 'contract-story';
const at = (day: string) => `${day}T03:00:00.000Z`;
/** A valid citizen ID (check digit computed) for committee member `n`. */
const citizenIdNumbered = (n: number): string => {
  const base = `3830100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};

/** Welfare's own commands for the producer suite's story, decided through the fund's decider. */
const tellStory = async (person: StoryPerson) => {
  const store = new InMemoryEventStore();
  const hasher = new KeyedHasher(person.hashKey);
  const run = async <T extends FundCommand['type']>(userId: string, role: string, body: CommandBody<T>, day: string) => {
    const command = { ...body, metadata: { now: at(day), actor: { userId, role } } } as FundCommand;
    await handleCommand(store, fundDecider, fundEventCodec, fundStreamId(FUND), command, {
      metadata: { actor: { userId, role }, correlationId: uuidv7(), causationId: null },
      newEventId: uuidv7,
    });
  };
  const seat = (userId: string, role: 'chair' | 'treasurer' | 'member', n: number) => ({
    userId,
    role,
    citizenIdHash: hasher.citizenId(ThaiCitizenId.parse(citizenIdNumbered(n))),
    personalDataRef: `pd-${userId}`,
  });
  await run(
    'admin',
    'admin',
    {
      type: 'RegisterFund',
      data: {
        fundId: FUND,
        name: 'กองทุนสวัสดิการชุมชนตำบลวิชิต',
        areaCode: '830105',
        foundedOn: '2024-01-05',
        committee: [seat('somchai', 'chair', 1), seat('malee', 'treasurer', 2), seat('prasert', 'member', 3)],
        rules: rulesInput({
          joiningFee: '10.00',
          contributionPlans: [
            { planId: 'baht-a-day', name: 'วันละบาท', monthlyAmount: '30.00', lumpSums: [{ months: 12, amount: '360.00' }] },
          ],
          benefits: [{ benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 }],
          capYear: 'fiscal',
          lapse: { missedMonths: 3 },
          approval: { approvalsRequired: 2, largeClaimLimit: '2000.00', approvalsAboveLimit: 3 },
          adminCostCapPercent: 20,
          matchingTargets: [],
        }),
      },
    },
    '2024-01-05',
  );
  await run(
    'malee',
    'treasurer',
    {
      type: 'EnrolMember',
      data: {
        memberId: 'm-1',
        citizenIdHash: hasher.citizenId(ThaiCitizenId.parse(person.citizenId)),
        personalDataRef: 'pd-m-1',
        planId: 'baht-a-day',
        enrolledOn: '2024-01-10',
        joiningFee: Money.parse('10.00'),
        beneficiary: { personalDataRef: 'pd-m-1-b', citizenIdHash: null, relationship: 'บุตร' },
      },
    },
    '2024-01-10',
  );
  await run(
    'malee',
    'treasurer',
    {
      type: 'RecordContribution',
      data: {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: Money.parse('360.00'),
        receivedOn: '2024-01-15',
        receiptRef: 'r-1',
      },
    },
    '2024-01-15',
  );
  await run(
    'malee',
    'treasurer',
    {
      type: 'RecordMatchingFunds',
      data: {
        matchingId: 'mt-1',
        source: 'local-government',
        sourceName: 'อบจ.ภูเก็ต',
        fiscalYear: 2567,
        amount: Money.parse('380,000'),
        receivedOn: '2024-03-01',
        documentRef: 'pao-0023',
        amountWords: 'สามแสนแปดหมื่นบาทถ้วน',
      },
    },
    '2024-03-01',
  );
  await run(
    'malee',
    'treasurer',
    {
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
    },
    '2024-09-11',
  );
  await run('somchai', 'committee', { type: 'ApproveClaim', data: { claimId: 'c-1' } }, '2024-09-12');
  await run('prasert', 'committee', { type: 'ApproveClaim', data: { claimId: 'c-1' } }, '2024-09-12');
  await run(
    'malee',
    'treasurer',
    {
      type: 'PayClaim',
      data: {
        payoutId: 'p-1',
        claimId: 'c-1',
        method: 'promptpay',
        reference: 'pp-1',
        paidOn: '2024-09-15',
        payeeAccountHash: hasher.account(person.account),
      },
    },
    '2024-09-15',
  );
  await run(
    'somchai',
    'chair',
    { type: 'ReversePayout', data: { reversalId: 'rv-1', payoutId: 'p-1', reason: 'โอนผิดบัญชี', reversedOn: '2024-09-16' } },
    '2024-09-16',
  );
  // Mistaken records of money in and out, each undone by a reversal naming it.
  await run(
    'malee',
    'treasurer',
    {
      type: 'RecordAdminSpending',
      data: {
        spendingId: 'ad-1',
        amount: Money.parse('50.00'),
        purpose: 'สมุดบัญชี',
        spentOn: '2024-09-18',
        documentRef: 'rc-ad-1',
        overrideId: null,
      },
    },
    '2024-09-18',
  );
  await run(
    'malee',
    'treasurer',
    { type: 'ReverseAdminSpending', data: { reversalId: 'rv-ad-1', spendingId: 'ad-1', reason: 'บันทึกซ้ำ', reversedOn: '2024-09-19' } },
    '2024-09-19',
  );
  await run(
    'malee',
    'treasurer',
    { type: 'ReverseContribution', data: { reversalId: 'rv-ct-1', contributionId: 'ct-1', reason: 'ผิดคน', reversedOn: '2024-09-19' } },
    '2024-09-19',
  );
  await run(
    'somchai',
    'chair',
    {
      type: 'ReverseMatchingFunds',
      data: { reversalId: 'rv-mt-1', matchingId: 'mt-1', reason: 'โอนเข้าผิดกองทุน', reversedOn: '2024-09-20' },
    },
    '2024-09-20',
  );
  const sourceEvents = await store.readStream(fundStreamId(FUND));
  return {
    sourceEvents,
    translate: async () => {
      const unitOf = welfareUnitFactsFrom(store);
      const messages = [];
      for (const event of sourceEvents) messages.push(...welfareMoneyMessages(event, await unitOf(FUND), hasher.keyId));
      return messages;
    },
  };
};

moneyContractSuite('welfare fund', () => ({ programme: WELFARE_PROGRAMME, tellStory }));

describe('welfare reversals in the money contract', () => {
  it('each reversal names the message of the record it undoes', async () => {
    const { translate } = await tellStory({ hashKey: 'k'.repeat(32), citizenId: citizenIdNumbered(9), account: '1234567890' });
    const undone = (await translate())
      .filter((message) => message.type === 'money.reversal.recorded')
      .map((message) => (message.data as { undoes: object }).undoes);
    expect(undone).toEqual([
      { type: 'money.disbursement.made', id: 'p-1' },
      { type: 'money.disbursement.made', id: 'ad-1' },
      { type: 'money.in.received', id: 'ct-1' },
      { type: 'money.in.received', id: 'mt-1' },
    ]);
  });
});
