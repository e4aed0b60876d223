import { ContributionStanding, FundRules, lapsedByRule, MemberStatus } from '@kongthun/welfare-domain';

/**
 * The status the domain would decide on `today`: a member still recorded `active` whom the lapse
 * rule in force has ended is shown `lapsed`, as the next contribution or claim would find them,
 * even before the lapse job has recorded it.
 */
export const statusOnDay = <Status extends MemberStatus | undefined>(
  recorded: Status,
  standing: ContributionStanding,
  rules: FundRules,
  today: string,
): Status | 'lapsed' => (recorded === 'active' && lapsedByRule(standing, rules.lapse.missedMonths, today) ? 'lapsed' : recorded);
