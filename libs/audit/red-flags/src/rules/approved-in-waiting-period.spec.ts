import { commitment, covers, eventIds, findingsOf, recipient, unitDeclared, WELFARE_TERMS } from '../testing/money-story';

const RULE = 'red-flag.approved-in-waiting-period';
const member = recipient('a', { memberSince: '2025-01-01' });

describe('red-flag.approved-in-waiting-period', () => {
  it('given a 180-day waiting period from 1 January, a sickness claim approved for 29 June is flagged', () => {
    const unit = unitDeclared();
    const approved = commitment({ recipient: member, covers: covers('2025-06-29') });
    expect(findingsOf(RULE, [unit, approved])).toMatchObject([
      {
        severity: 'high',
        evidenceEventIds: eventIds(unit, approved),
        programme: 'welfare',
        areaCode: '8301',
        details: {
          benefit: 'sickness',
          memberSince: '2025-01-01',
          eventDate: '2025-06-29',
          daysOfMembership: 179,
          thresholdName: 'terms.benefits.waitingPeriodDays',
          thresholdValue: 180,
        },
      },
    ]);
  });

  it('near miss: the first covered day (30 June)', () => {
    expect(findingsOf(RULE, [unitDeclared(), commitment({ recipient: member, covers: covers('2025-06-30') })])).toEqual([]);
  });

  it('the terms in force on the event date apply: a later version with a shorter wait does not excuse an earlier event', () => {
    const v1 = unitDeclared({ ruleVersion: 1, effectiveFrom: '2020-01-01' });
    const v2 = unitDeclared({
      ruleVersion: 2,
      effectiveFrom: '2025-07-01',
      terms: { ...WELFARE_TERMS, benefits: [{ ...WELFARE_TERMS.benefits[0], waitingPeriodDays: 30 }] },
    });
    expect(findingsOf(RULE, [v1, v2, commitment({ recipient: member, covers: covers('2025-03-01') })])).toMatchObject([
      { details: { thresholdValue: 180, ruleVersion: 1 } },
    ]);
    expect(findingsOf(RULE, [v1, v2, commitment({ recipient: member, covers: covers('2025-07-05') })])).toEqual([]);
  });

  it('other programmes are not judged by welfare terms', () => {
    const unit = unitDeclared({ terms: WELFARE_TERMS }, { programme: 'relief', unitId: 'flood' });
    expect(
      findingsOf(RULE, [unit, commitment({ recipient: member, covers: covers('2025-02-01') }, { programme: 'relief', unitId: 'flood' })]),
    ).toEqual([]);
  });
});
