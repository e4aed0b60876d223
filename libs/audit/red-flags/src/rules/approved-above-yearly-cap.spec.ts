import { unitDeclared, commitment, covers, eventIds, findingsOf, reversal, WELFARE_TERMS } from '../testing/money-story';

const RULE = 'red-flag.approved-above-yearly-cap';
const claim = (id: string, eventDate: string, amount: string) => commitment({ commitmentId: id, covers: covers(eventDate), amount });

describe('red-flag.approved-above-yearly-cap', () => {
  it('given a 1,000 baht cap by fiscal year, approvals of 600 in October and 500 in March of one fiscal year are flagged', () => {
    const unit = unitDeclared();
    const first = claim('c-1', '2025-10-15', '600.00');
    const second = claim('c-2', '2026-03-01', '500.00');
    expect(findingsOf(RULE, [unit, first, second])).toMatchObject([
      {
        evidenceEventIds: eventIds(unit, first, second),
        details: {
          capYearBasis: 'fiscal',
          capYear: 2026,
          total: '1100.00',
          thresholdName: 'terms.benefits.yearlyCap',
          thresholdValue: '1000.00',
        },
      },
    ]);
  });

  it('near misses: exactly the cap; across the fiscal year boundary', () => {
    expect(findingsOf(RULE, [unitDeclared(), claim('c-1', '2025-10-15', '600.00'), claim('c-2', '2026-03-01', '400.00')])).toEqual([]);
    expect(findingsOf(RULE, [unitDeclared(), claim('c-1', '2025-09-30', '600.00'), claim('c-2', '2025-10-01', '500.00')])).toEqual([]);
  });

  it('by calendar year, September and October are one year', () => {
    const calendar = unitDeclared({ terms: { ...WELFARE_TERMS, capYear: 'calendar' } });
    expect(findingsOf(RULE, [calendar, claim('c-1', '2025-09-30', '600.00'), claim('c-2', '2025-10-01', '500.00')])).toMatchObject([
      { details: { capYearBasis: 'calendar', capYear: 2025 } },
    ]);
  });

  it('a reversed approval no longer counts against the cap', () => {
    const undone = reversal({ type: 'money.commitment.made', id: 'c-1' }, '600.00');
    expect(findingsOf(RULE, [unitDeclared(), claim('c-1', '2025-10-15', '600.00'), undone, claim('c-2', '2026-03-01', '500.00')])).toEqual(
      [],
    );
  });
});
