import { disbursement, eventIds, findingsOf, unitDeclared } from '../testing/money-story';

describe('red-flag.paid-outside-unit-area and -period', () => {
  it('given a Phuket unit (areas 8301), when it pays into Saraburi (190101), it is flagged with the payment area', () => {
    const unit = unitDeclared({ areaCodes: ['8301'] });
    const paid = disbursement({ areaCode: '190101' });
    expect(findingsOf('red-flag.paid-outside-unit-area', [unit, paid])).toMatchObject([
      {
        areaCode: '190101',
        evidenceEventIds: eventIds(unit, paid),
        details: { paidAreaCode: '190101', thresholdName: 'unit.areaCodes', thresholdValue: '8301' },
      },
    ]);
  });

  it('given a declaration active until 2025-12-31, a payment on 2026-01-05 is outside its period', () => {
    const unit = unitDeclared({ activeFrom: '2025-01-01', activeUntil: '2025-12-31', effectiveFrom: '2025-01-01' });
    const paid = disbursement({ paidOn: '2026-01-05' });
    expect(findingsOf('red-flag.paid-outside-unit-period', [unit, paid])).toMatchObject([
      {
        details: { paidOn: '2026-01-05', thresholdName: 'unit.activeFrom..activeUntil', thresholdValue: '2025-01-01..2025-12-31' },
      },
    ]);
  });

  it('near misses: a subdistrict under the unit prefix, the last active day, an undeclared unit', () => {
    const unit = unitDeclared({
      areaCodes: ['19', '8301'],
      activeFrom: '2025-01-01',
      activeUntil: '2025-12-31',
      effectiveFrom: '2025-01-01',
    });
    const paid = disbursement({ areaCode: '830105', paidOn: '2025-12-31' });
    expect(findingsOf('red-flag.paid-outside-unit-area', [unit, paid])).toEqual([]);
    expect(findingsOf('red-flag.paid-outside-unit-period', [unit, paid])).toEqual([]);
    expect(findingsOf('red-flag.paid-outside-unit-area', [disbursement({ areaCode: '190101' })])).toEqual([]);
  });
});
