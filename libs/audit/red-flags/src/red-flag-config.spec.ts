import { DEFAULT_RED_FLAG_CONFIG, redFlagConfig } from './red-flag-config';

describe('red-flag configuration', () => {
  it('defaults: 30-day window, 10% margin, 2 payouts, 3 people per account, no rule off', () => {
    expect(redFlagConfig()).toEqual({
      splitPayouts: { windowDays: 30, marginPercent: 10, minPayouts: 2 }, sharedAccount: { minDistinctMembers: 3 }, disabledRules: [],
    });
    expect(redFlagConfig()).toEqual(DEFAULT_RED_FLAG_CONFIG);
  });

  it('a given value replaces only its own default', () => {
    expect(redFlagConfig({ splitPayouts: { windowDays: 60 } }).splitPayouts).toEqual({ windowDays: 60, marginPercent: 10, minPayouts: 2 });
  });

  it.each([
    [{ splitPayouts: { marginPercent: 101 } }, 'splitPayouts.marginPercent'],
    [{ splitPayouts: { windowDays: 1.5 } }, 'splitPayouts.windowDays'],
    [{ splitPayouts: { minPayouts: 1 } }, 'splitPayouts.minPayouts'],
    [{ sharedAccount: { minDistinctMembers: 1 } }, 'sharedAccount.minDistinctMembers'],
    [{ disabledRules: ['red-flag.no-such-rule'] }, 'disabledRules'],
  ])('refuses %j', (input, field) => {
    expect(() => redFlagConfig(input)).toThrow(expect.objectContaining({ code: 'red-flags.config-invalid', details: expect.objectContaining({ field }) }));
  });
});
