import { Money } from '@kongthun/kernel';
import { WAITING_PERIOD_VECTORS, YEARLY_CAP_VECTORS } from '@kongthun/welfare-contracts';
import { waitingPeriodPassed } from './waiting-period';
import { claimedInCapYear, withinYearlyCap } from './yearly-cap';

// The worked examples welfare publishes; the auditor runs the same ones against its own arithmetic.
describe('welfare policies pass the published rule vectors', () => {
  it.each(WAITING_PERIOD_VECTORS.map((vector) => [vector.name, vector] as const))('waiting period: %s', (_name, vector) => {
    expect(waitingPeriodPassed(vector.enrolledOn, vector.waitingPeriodDays, vector.eventDate)).toBe(vector.eligible);
  });

  it.each(YEARLY_CAP_VECTORS.map((vector) => [vector.name, vector] as const))('yearly cap: %s', (_name, vector) => {
    const earlier = vector.earlierClaims.map((claim) => ({ eventDate: claim.eventDate, amount: Money.parse(claim.amount) }));
    const already = claimedInCapYear(earlier, vector.newClaim.eventDate, vector.capYear);
    expect(withinYearlyCap(Money.parse(vector.cap), already, Money.parse(vector.newClaim.amount))).toBe(vector.within);
  });
});
