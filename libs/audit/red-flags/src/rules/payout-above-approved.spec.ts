import { commitment, disbursement, eventIds, findingsOf, reversal } from '../testing/money-story';

const RULE = 'red-flag.payout-above-approved';

describe('red-flag.payout-above-approved', () => {
  it('given 1,000 baht approved, when two payments of 600 are made against it, the second is flagged', () => {
    const approved = commitment({ commitmentId: 'c-1', amount: '1000.00' });
    const first = disbursement({ disbursementId: 'p-1', commitmentId: 'c-1', amount: '600.00' });
    const second = disbursement({
      disbursementId: 'p-2',
      commitmentId: 'c-1',
      amount: '600.00',
      covers: { eventDate: '2025-12-10', periodFrom: null, periodTo: null },
    });
    expect(findingsOf(RULE, [approved, first, second])).toMatchObject([
      {
        severity: 'high',
        evidenceEventIds: eventIds(approved, second),
        raisedBy: second.source.eventId,
        areaCode: '830101',
        details: { paid: '1200.00', approved: '1000.00', over: '200.00', thresholdName: 'commitment.amount', thresholdValue: '1000.00' },
      },
    ]);
  });

  it('near miss: paid exactly the approved amount', () => {
    expect(findingsOf(RULE, [commitment({ amount: '1000.00' }), disbursement({ commitmentId: 'c-1', amount: '1000.00' })])).toEqual([]);
  });

  it('a reversed payment is not counted; a reversed part of the approval is', () => {
    const approved = commitment({ amount: '1000.00' });
    const first = disbursement({ disbursementId: 'p-1', commitmentId: 'c-1', amount: '1000.00' });
    const undone = reversal({ type: 'money.disbursement.made', id: 'p-1' }, '1000.00');
    expect(
      findingsOf(RULE, [approved, first, undone, disbursement({ disbursementId: 'p-2', commitmentId: 'c-1', amount: '1000.00' })]),
    ).toEqual([]);
    const cut = reversal({ type: 'money.commitment.made', id: 'c-1' }, '300.00');
    expect(
      findingsOf(RULE, [commitment({ amount: '1000.00' }), cut, disbursement({ commitmentId: 'c-1', amount: '800.00' })]),
    ).toMatchObject([{ details: { approved: '700.00', paid: '800.00' } }]);
  });
});
