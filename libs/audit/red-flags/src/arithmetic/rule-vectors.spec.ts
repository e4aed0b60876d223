import { Money } from '@kongthun/kernel';
import { WAITING_PERIOD_VECTORS, YEARLY_CAP_VECTORS } from '@kongthun/welfare-contracts';
import { eligibleAfterWaitingPeriod, staysWithinYearlyCap } from './welfare-arithmetic';

// The same vectors welfare's own policies pass (libs/welfare/domain/src/policies/rule-vectors.spec.ts).
describe("the auditor's own welfare arithmetic passes the published rule vectors", () => {
  it.each(WAITING_PERIOD_VECTORS.map((vector) => [vector.name, vector] as const))('waiting period: %s', (_name, vector) => {
    expect(eligibleAfterWaitingPeriod(vector.enrolledOn, vector.waitingPeriodDays, vector.eventDate)).toBe(vector.eligible);
  });

  it.each(YEARLY_CAP_VECTORS.map((vector) => [vector.name, vector] as const))('yearly cap: %s', (_name, vector) => {
    const earlier = vector.earlierClaims.map((claim) => ({ eventDate: claim.eventDate, amount: Money.parse(claim.amount) }));
    const claim = { eventDate: vector.newClaim.eventDate, amount: Money.parse(vector.newClaim.amount) };
    expect(staysWithinYearlyCap(Money.parse(vector.cap), vector.capYear, earlier, claim)).toBe(vector.within);
  });
});
