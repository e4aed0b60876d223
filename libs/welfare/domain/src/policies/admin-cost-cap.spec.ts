import { Money } from '@kongthun/kernel';
import { adminCostCap, DEFAULT_ADMIN_COST_CAP_PERCENT, withinAdminCostCap } from './admin-cost-cap';

describe('administration cost cap', () => {
  it('is 20 percent unless the rules say otherwise', () => {
    expect(DEFAULT_ADMIN_COST_CAP_PERCENT).toBe(20);
    expect(adminCostCap(Money.ofBaht(10_000), 20).toJSON()).toBe('2000.00');
  });

  it('rounds the cap down to the satang', () => {
    expect(adminCostCap(Money.parse('0.99'), 20).toJSON()).toBe('0.19');
  });

  it('allows spending that reaches the cap exactly', () => {
    expect(withinAdminCostCap(Money.ofBaht(1_500), Money.ofBaht(500), Money.ofBaht(10_000), 20)).toBe(true);
  });

  it('refuses spending one satang over the cap', () => {
    expect(withinAdminCostCap(Money.ofBaht(1_500), Money.parse('500.01'), Money.ofBaht(10_000), 20)).toBe(false);
  });
});
