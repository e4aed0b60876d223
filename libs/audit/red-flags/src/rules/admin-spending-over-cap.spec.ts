import { disbursement, eventIds, findingsOf, moneyIn, reversal, unitDeclared } from '../testing/money-story';

const RULE = 'red-flag.admin-spending-over-cap';
const admin = (id: string, amount: string, exceptionRef: string | null = null) =>
  disbursement({ disbursementId: id, kind: 'administration', recipient: null, purpose: 'office', amount, exceptionRef });

describe('red-flag.admin-spending-over-cap', () => {
  it('given a 10% cap and 10,000 received, when administration reaches 1,000.01, it is flagged', () => {
    const unit = unitDeclared({ adminCostCapPercent: 10 });
    const spent = admin('a-2', '0.01');
    expect(findingsOf(RULE, [unit, moneyIn({ amount: '10000.00' }), admin('a-1', '1000.00'), spent])).toMatchObject([
      {
        evidenceEventIds: eventIds(unit, spent),
        details: {
          spent: '1000.01',
          received: '10000.00',
          capAmount: '1000.00',
          thresholdName: 'unit.adminCostCapPercent',
          thresholdValue: 10,
        },
      },
    ]);
  });

  it('near misses: exactly the cap; spending with an exception resolution', () => {
    const unit = unitDeclared({ adminCostCapPercent: 10 });
    expect(
      findingsOf(RULE, [unit, moneyIn({ amount: '10000.00' }), admin('a-1', '1000.00'), admin('a-2', '500.00', 'resolution-3/2568')]),
    ).toEqual([]);
  });

  it('money received and then reversed is not a base for the cap; reversed spending is not spent', () => {
    const unit = unitDeclared({ adminCostCapPercent: 10 });
    const received = [moneyIn({ moneyInId: 'in-1', amount: '10000.00' }), moneyIn({ moneyInId: 'in-2', amount: '5000.00' })];
    const undone = reversal({ type: 'money.in.received', id: 'in-2' }, '5000.00');
    expect(findingsOf(RULE, [unit, ...received, undone, admin('a-1', '1200.00')])).toHaveLength(1);
    const spendUndone = reversal({ type: 'money.disbursement.made', id: 'a-1' }, '900.00');
    expect(findingsOf(RULE, [unit, received[0], admin('a-1', '900.00'), spendUndone, admin('a-2', '900.00')])).toEqual([]);
  });
});
