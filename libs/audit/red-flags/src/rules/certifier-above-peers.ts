import { FindingDraft } from '../finding';
import { registrationOutcome } from '../state/registration-trails';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * One certifier far above their peers (ผู้รับรองรายเดียวรับรองครัวเรือนมากผิดปกติ): a village head
 * or kamnan who certified more than `certifierPeers.medianMultiple` times the median of the other
 * certifiers of the same unit (disaster declaration), once they have at least `minCertifications`
 * and the unit has at least `minPeers` other certifiers. Raised once per certifier and unit.
 *
 * Why the median times k and not a z-score: the outlier itself inflates the mean and standard
 * deviation it is measured by, and in a small group it can never stand out (with n certifiers one
 * value's z-score is at most (n−1)/√n, 1.8 for five), so a z-score threshold of 3 could not fire in a
 * subdistrict of five villages. The peers' median ignores the outlier, is what a reader can check by
 * hand ("the others certified about 40 each, this one 160"), and `medianMultiple` reads as policy.
 * Villages differ in size, so the default multiple is generous (3); `minCertifications` keeps a
 * certifier of a dozen households out of it whatever the peers did.
 */
const check = ({ before, message, config, reference }: RuleContext): FindingDraft[] => {
  const outcome = registrationOutcome(before, message, config, reference);
  if (outcome === null) return [];
  const { medianMultiple, minPeers, minCertifications } = config.certifierPeers;
  return outcome.outliers.map(({ certifierIdHash, tally, peers, peerMedian }) => ({
    rule: 'red-flag.certifier-above-peers' as const,
    severity: 'medium' as const,
    summaryTh: `ผู้รับรองรายหนึ่งรับรอง ${tally.count} ครัวเรือน เกิน ${medianMultiple} เท่าของค่ากลางของผู้รับรองอื่น ${peers} ราย (${peerMedian})`,
    summary: `One certifier certified ${tally.count} households, over ${medianMultiple} times the median of ${peers} other certifiers (${peerMedian})`,
    evidence: [tally.latest],
    details: {
      certifierIdHash,
      certifications: tally.count,
      peers,
      peerMedian,
      thresholdName: 'certifierPeers.medianMultiple',
      thresholdValue: medianMultiple,
      minPeers,
      minCertifications,
      moneyMessageIds: [tally.latest.messageId],
    },
  }));
};

export const certifierAbovePeers: RedFlagRule = { name: 'certifier-above-peers', check };
