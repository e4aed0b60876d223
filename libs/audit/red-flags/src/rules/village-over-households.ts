import { FindingDraft } from '../finding';
import { RedFlagConfig } from '../red-flag-config';
import { registrationOutcome, VillageOver } from '../state/registration-trails';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/** The finding for a village over its count: raised by the registration that took it over, or by a later count. */
export const villageOverDraft = ({ tally, reference, limit }: VillageOver, config: RedFlagConfig): FindingDraft => ({
  rule: 'red-flag.village-over-households',
  severity: 'high',
  areaCode: tally.villageCode,
  summaryTh: `หมู่บ้าน ${tally.villageCode} มีครัวเรือนลงทะเบียน ${tally.count} ครัวเรือน เกินจำนวนจริง ${reference.households} ครัวเรือน (${reference.source} ณ ${reference.asOf})`,
  summary: `Village ${tally.villageCode} has ${tally.count} households registered, more than the ${reference.households} it has (${reference.source}, as of ${reference.asOf})`,
  evidence: [tally.latest],
  details: {
    villageCode: tally.villageCode,
    registered: tally.count,
    referenceHouseholds: reference.households,
    referenceSource: reference.source,
    referenceAsOf: reference.asOf,
    thresholdName: 'villageHouseholds.tolerancePercent',
    thresholdValue: config.villageHouseholds.tolerancePercent,
    allowedRegistrations: limit,
    moneyMessageIds: [tally.latest.messageId],
  },
});

/**
 * A village with more registered households than it has (ครัวเรือนผู้ประสบภัยเกินจำนวนบ้านจริง):
 * registrations of one unit in one village (`money.beneficiary.registered`) above the village's
 * household count imported from an official statistic, plus `villageHouseholds.tolerancePercent`.
 * Ghost households inflate a relief list this way. Raised once per unit and village, by the
 * registration that crosses the count; a village already over when its count is imported is found
 * by `villagesOverReference`. Villages without an imported count are never flagged.
 */
const check = ({ before, message, config, reference }: RuleContext): FindingDraft[] => {
  const outcome = registrationOutcome(before, message, config, reference);
  return outcome?.villageOver ? [villageOverDraft(outcome.villageOver, config)] : [];
};

export const villageOverHouseholds: RedFlagRule = { name: 'village-over-households', check };
