import { Money } from '@kongthun/kernel';
import { MATCHING_SOURCES, MatchingSource } from '../fund/fund-rules';

/** One row of the 3-party view (สามขาแห่งการออม: สมาชิก, รัฐ, ท้องถิ่น). */
export interface MatchingRow {
  source: MatchingSource;
  /** Target as a percentage of member contributions; 0 where the rules set none. */
  targetPercent: number;
  /** What the source should have matched, rounded down to the satang. */
  expected: Money;
  received: Money;
  /** `expected − received`: positive is still owed, negative is matched beyond the target. */
  gap: Money;
}

/**
 * What each source should have matched against member contributions, and the gap. The norm is
 * 1 baht from members, 1 from local government (อปท.) and 1 from the state via CODI (พอช.):
 * targets of 100% each.
 */
export const threePartyMatching = (
  memberContributions: Money,
  receivedBySource: Readonly<Record<MatchingSource, Money>>,
  targets: readonly { source: MatchingSource; percentOfMemberContributions: number }[],
): MatchingRow[] =>
  MATCHING_SOURCES.map((source) => {
    const targetPercent = targets.find((target) => target.source === source)?.percentOfMemberContributions ?? 0;
    const expected = Money.ofSatang((memberContributions.satang * BigInt(targetPercent)) / 100n);
    const received = receivedBySource[source];
    return { source, targetPercent, expected, received, gap: expected.minus(received) };
  });
