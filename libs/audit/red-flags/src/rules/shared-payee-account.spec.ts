import { redFlagConfig } from '../red-flag-config';
import { disbursement, eventIds, findingsOf, hashOf, recipient } from '../testing/money-story';

const RULE = 'red-flag.shared-payee-account';
const account = hashOf('account:xyz');
const paidInto = (id: string, who: string, programme = 'welfare') =>
  disbursement(
    {
      disbursementId: id,
      recipient: recipient(who, { accountHash: account }),
      covers: { eventDate: `2025-12-1${id.slice(-1)}`, periodFrom: null, periodTo: null },
    },
    { programme, unitId: `${programme}-unit` },
  );

describe('red-flag.shared-payee-account', () => {
  it('given one account paid for two people, when a third person is paid into it (another programme), it is flagged once', () => {
    const payments = [paidInto('p-1', 'a'), paidInto('p-2', 'b'), paidInto('p-3', 'c', 'relief'), paidInto('p-4', 'd')];
    expect(findingsOf(RULE, payments)).toMatchObject([
      {
        evidenceEventIds: eventIds(payments[0], payments[1], payments[2]),
        details: { accountHash: account, people: 3, thresholdName: 'sharedAccount.minDistinctPeople', thresholdValue: 3 },
      },
    ]);
  });

  it('near miss: the same two people paid many times', () => {
    expect(findingsOf(RULE, [paidInto('p-1', 'a'), paidInto('p-2', 'b'), paidInto('p-3', 'a'), paidInto('p-4', 'b')])).toEqual([]);
  });

  it('the threshold comes from configuration', () => {
    expect(
      findingsOf(RULE, [paidInto('p-1', 'a'), paidInto('p-2', 'b')], redFlagConfig({ sharedAccount: { minDistinctPeople: 2 } })),
    ).toHaveLength(1);
  });
});
