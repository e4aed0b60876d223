import { DEFAULT_RED_FLAG_CONFIG, parseRedFlagConfig, redFlagConfig } from './red-flag-config';
import { redFlagConfigFromEnv } from './red-flag-config-from-env';

describe('red-flag configuration', () => {
  it('defaults: no overlapping purposes, 730 days remembered per person, 30-day window, 10% margin, 2 payments, 3 people per account, 3 awards to one recipient in 90 days, 5% over a village’s households, 3 × the peers’ median from 20 certifications among 4 peers, no rule off', () => {
    expect(parseRedFlagConfig({})).toEqual({
      duplicatePayment: { overlappingPurposes: [], lookbackDays: 730 },
      splitPayments: { windowDays: 30, marginPercent: 10, minPayments: 2 },
      sharedAccount: { minDistinctPeople: 3 },
      awardConcentration: { windowDays: 90, minAwards: 3 },
      villageHouseholds: { tolerancePercent: 5 },
      certifierPeers: { medianMultiple: 3, minPeers: 4, minCertifications: 20 },
      disabledRules: [],
    });
    expect(redFlagConfig()).toEqual(DEFAULT_RED_FLAG_CONFIG);
  });

  it('a given value replaces only its own default', () => {
    expect(parseRedFlagConfig({ splitPayments: { windowDays: 60 } }).splitPayments).toEqual({
      windowDays: 60,
      marginPercent: 10,
      minPayments: 2,
    });
  });

  it.each([
    [{ splitPayments: { marginPercent: 101 } }, 'splitPayments.marginPercent'],
    [{ splitPayments: { windowDays: 1.5 } }, 'splitPayments.windowDays'],
    [{ splitPayments: { minPayments: 1 } }, 'splitPayments.minPayments'],
    [{ sharedAccount: { minDistinctPeople: 1 } }, 'sharedAccount.minDistinctPeople'],
    [{ disabledRules: ['red-flag.no-such-rule'] }, 'disabledRules.0'],
    [{ duplicatePayment: { overlappingPurposes: [['sickness']] } }, 'duplicatePayment.overlappingPurposes.0'],
    [{ splitPayouts: { windowDays: 60 } }, '(root)'],
  ])('refuses %j, naming %s', (input, field) => {
    expect(() => parseRedFlagConfig(input)).toThrow(
      expect.objectContaining({ code: 'red-flags.config-invalid', details: expect.objectContaining({ field }) }),
    );
  });

  it('from the environment: the file, then inline JSON over it; the file is read by the caller', () => {
    const files: Record<string, string> = {
      '/etc/kongthun/red-flags.json': JSON.stringify({ sharedAccount: { minDistinctPeople: 5 }, splitPayments: { windowDays: 45 } }),
    };
    const config = redFlagConfigFromEnv(
      { KONGTHUN_RED_FLAGS_FILE: '/etc/kongthun/red-flags.json', KONGTHUN_RED_FLAGS: '{"splitPayments":{"windowDays":14}}' },
      (path) => files[path],
    );
    expect(config).toMatchObject({ sharedAccount: { minDistinctPeople: 5 }, splitPayments: { windowDays: 14, marginPercent: 10 } });
    expect(
      redFlagConfigFromEnv({}, () => {
        throw new Error('no file should be read');
      }),
    ).toEqual(DEFAULT_RED_FLAG_CONFIG);
    expect(() => redFlagConfigFromEnv({ KONGTHUN_RED_FLAGS: 'not json' }, () => '')).toThrow(
      expect.objectContaining({ code: 'red-flags.config-invalid' }),
    );
  });
});
