import { redFlagConfig } from '../red-flag-config';
import { findingsOf, hashOf, registered } from '../testing/money-story';

const RULE = 'red-flag.certifier-above-peers';
const config = redFlagConfig({ certifierPeers: { medianMultiple: 3, minPeers: 4, minCertifications: 10 } });
let household = 0;
/** `n` households of one village, all certified by `certifier`. */
const certifiedBy = (certifier: string, n: number, unitId = 'flood-2568') =>
  Array.from({ length: n }, () => {
    household += 1;
    return registered(`h${household}`, '86010101', certifier, { unitId });
  });
const peers = (n: number, each: number, unitId?: string) =>
  Array.from({ length: n }, (_, i) => certifiedBy(`peer-${i}`, each, unitId)).flat();

describe('red-flag.certifier-above-peers', () => {
  describe('given four village heads who certified 5 households each', () => {
    it('when a kamnan certifies a 16th household (over 3 × the median 5), they are flagged once', () => {
      const kamnan = certifiedBy('kamnan', 20);
      expect(findingsOf(RULE, [...peers(4, 5), ...kamnan], config)).toMatchObject([
        {
          severity: 'medium',
          evidenceEventIds: [kamnan[15].source.eventId],
          details: { certifierIdHash: hashOf('certifier:kamnan'), certifications: 16, peers: 4, peerMedian: 5, thresholdValue: 3 },
        },
      ]);
    });

    it('near miss: 15 households, exactly 3 × the median', () => {
      expect(findingsOf(RULE, [...peers(4, 5), ...certifiedBy('kamnan', 15)], config)).toEqual([]);
    });

    it('peers in another declaration are no peers', () => {
      expect(findingsOf(RULE, [...peers(4, 5, 'storm-2568'), ...certifiedBy('kamnan', 20)], config)).toEqual([]);
    });
  });

  it('given only three other certifiers, nobody is called an outlier', () => {
    expect(findingsOf(RULE, [...peers(3, 5), ...certifiedBy('kamnan', 40)], config)).toEqual([]);
  });

  it('given a certifier with fewer than minCertifications, they are not flagged however small the median', () => {
    expect(findingsOf(RULE, [...peers(4, 1), ...certifiedBy('kamnan', 9)], config)).toEqual([]);
  });

  it('given the kamnan’s 20 registrations imported before any peer’s, they are flagged once the peers are seen', () => {
    const messages = [...certifiedBy('kamnan', 20), ...peers(4, 5)];
    const findings = findingsOf(RULE, messages, config);
    expect(findings).toHaveLength(1);
    expect(findings[0].details).toMatchObject({ certifierIdHash: hashOf('certifier:kamnan'), certifications: 20, peers: 4 });
  });

  it('the multiple comes from configuration', () => {
    const strict = redFlagConfig({ certifierPeers: { medianMultiple: 1.5, minPeers: 4, minCertifications: 5 } });
    expect(findingsOf(RULE, [...peers(4, 5), ...certifiedBy('kamnan', 8)], strict)).toHaveLength(1);
  });
});
