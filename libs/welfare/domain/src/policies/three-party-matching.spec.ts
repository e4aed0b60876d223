import { Money } from '@kongthun/kernel';
import { threePartyMatching } from './three-party-matching';

describe('3-party matching', () => {
  const targets = [
    { source: 'codi' as const, percentOfMemberContributions: 100 },
    { source: 'local-government' as const, percentOfMemberContributions: 100 },
  ];

  it('expects each source to match member contributions baht for baht and shows the gap', () => {
    const rows = threePartyMatching(
      Money.ofBaht(36_000),
      { codi: Money.ofBaht(36_000), 'local-government': Money.ofBaht(10_000), other: Money.ofBaht(2_000) },
      targets,
    );
    expect(rows.map((row) => [row.source, row.expected.toJSON(), row.received.toJSON(), row.gap.toJSON()])).toEqual([
      ['codi', '36000.00', '36000.00', '0.00'],
      ['local-government', '36000.00', '10000.00', '26000.00'],
      ['other', '0.00', '2000.00', '-2000.00'],
    ]);
  });

  it('rounds the expected amount down to the satang', () => {
    const [codi] = threePartyMatching(Money.parse('0.05'), { codi: Money.zero, 'local-government': Money.zero, other: Money.zero }, [
      { source: 'codi', percentOfMemberContributions: 50 },
    ]);
    expect(codi.expected.toJSON()).toBe('0.02');
  });
});
