import { scanRedFlags } from '../evaluate';
import { redFlagConfig } from '../red-flag-config';
import { redFlagReference, VillageHouseholdCount } from '../reference/red-flag-reference';
import { villagesOverReference } from '../reference/villages-over-reference';
import { eventIds, registered } from '../testing/money-story';

const RULE = 'red-flag.village-over-households';
const VILLAGE = '86010103';
const exact = redFlagConfig({ villageHouseholds: { tolerancePercent: 0 } });
const count = (households: number, villageCode = VILLAGE): VillageHouseholdCount => ({
  villageCode,
  households,
  source: 'สถิติจำนวนบ้าน กรมการปกครอง',
  asOf: '2025-10-31',
});
const households = (n: number, villageCode = VILLAGE, unitId = 'flood-2568') =>
  Array.from({ length: n }, (_, i) => registered(`${unitId}-${villageCode}-${i + 1}`, villageCode, 'head', { unitId }));
const findingsOf = (messages: ReturnType<typeof registered>[], counts: VillageHouseholdCount[], config = exact) =>
  scanRedFlags(messages, config, undefined, redFlagReference(counts)).findings.filter((finding) => finding.rule === RULE);

describe('red-flag.village-over-households', () => {
  describe('given a village of 3 households by the imported count', () => {
    it('when a 4th household is registered, the village is flagged once, by that registration', () => {
      const messages = households(5);
      expect(findingsOf(messages, [count(3)])).toMatchObject([
        {
          severity: 'high',
          areaCode: VILLAGE,
          programme: 'relief',
          unitId: 'flood-2568',
          evidenceEventIds: eventIds(messages[3]),
          raisedBy: messages[3].source.eventId,
          details: { villageCode: VILLAGE, registered: 4, referenceHouseholds: 3, referenceAsOf: '2025-10-31', allowedRegistrations: 3 },
        },
      ]);
    });

    it('near miss: exactly 3 households registered', () => {
      expect(findingsOf(households(3), [count(3)])).toEqual([]);
    });

    it('two declarations in the village are counted apart', () => {
      expect(findingsOf([...households(2, VILLAGE, 'flood-a'), ...households(2, VILLAGE, 'flood-b')], [count(3)])).toEqual([]);
    });
  });

  it('a village without an imported count is never flagged', () => {
    expect(findingsOf(households(50), [count(3, '86010104')])).toEqual([]);
  });

  it('the tolerance comes from configuration: 42 of 40 households pass at 5%, 43 do not', () => {
    const tolerant = redFlagConfig({ villageHouseholds: { tolerancePercent: 5 } });
    expect(findingsOf(households(42), [count(40)], tolerant)).toEqual([]);
    expect(findingsOf(households(43), [count(40)], tolerant)).toHaveLength(1);
  });

  describe('given 4 households registered before any count was imported', () => {
    const messages = households(4);
    const before = scanRedFlags(messages, exact);

    it('when a count of 3 is imported, the village is flagged once, by its newest registration', () => {
      const sweep = villagesOverReference(before.state, redFlagReference([count(3)]), exact);
      expect(sweep.findings).toMatchObject([{ rule: RULE, evidenceEventIds: eventIds(messages[3]), details: { registered: 4 } }]);
      expect(villagesOverReference(sweep.state, redFlagReference([count(3)]), exact).findings).toEqual([]);
      const later = scanRedFlags(households(1), exact, sweep.state, redFlagReference([count(3)]));
      expect(later.findings.filter((finding) => finding.rule === RULE)).toEqual([]);
    });

    it('near miss: a count of 4 flags nothing', () => {
      expect(villagesOverReference(before.state, redFlagReference([count(4)]), exact).findings).toEqual([]);
    });
  });
});
