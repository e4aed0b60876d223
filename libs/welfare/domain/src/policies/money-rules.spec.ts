import { Money } from '@kongthun/kernel';
import { entitlementFor } from './benefit-entitlement';
import { contributionDue } from './contribution-amount';
import { wouldOverdraw } from './overdraft';

describe('contribution amount', () => {
  const plan = {
    planId: 'one-baht-a-day',
    name: 'วันละบาท',
    monthlyAmount: Money.ofBaht(30),
    lumpSums: [{ months: 12, amount: Money.ofBaht(365) }],
  };

  it('is the monthly amount times the months', () => {
    expect(contributionDue(plan, 3).toJSON()).toBe('90.00');
  });

  it('is the lump sum where the rules set one, e.g. 365 baht a year', () => {
    expect(contributionDue(plan, 12).toJSON()).toBe('365.00');
  });
});

describe('benefit entitlement', () => {
  it('a per-night benefit pays the nightly rate times the nights in hospital', () => {
    const scheme = {
      benefit: 'sickness' as const,
      amount: Money.ofBaht(200),
      per: 'hospital-night' as const,
      yearlyCap: null,
      waitingPeriodDays: 0,
    };
    expect(entitlementFor(scheme, 4).toJSON()).toBe('800.00');
  });

  it('a per-event benefit pays its amount', () => {
    const scheme = { benefit: 'birth' as const, amount: Money.ofBaht(1_000), per: 'event' as const, yearlyCap: null, waitingPeriodDays: 0 };
    expect(entitlementFor(scheme, null).toJSON()).toBe('1000.00');
  });
});

describe('overdraft', () => {
  it('paying the balance down to zero is allowed; one satang more is not', () => {
    expect(wouldOverdraw(Money.ofBaht(100), Money.ofBaht(100))).toBe(false);
    expect(wouldOverdraw(Money.ofBaht(100), Money.parse('100.01'))).toBe(true);
  });
});
