import { redFlagConfig } from '../red-flag-config';
import { covers, disbursement, eventIds, findingsOf, recipient, reversal, unitDeclared } from '../testing/money-story';

const RULE = 'red-flag.duplicate-payment';
const overlapping = redFlagConfig({ duplicatePayment: { overlappingPurposes: [['welfare:sickness', 'relief:medical']] } });

describe('red-flag.duplicate-payment', () => {
  it('given welfare paid a person for sickness on a day, when relief pays the same person hash for medical care that day in another unit, it is flagged across programmes', () => {
    const welfareUnit = unitDeclared({}, { programme: 'welfare', unitId: 'talat-yai' });
    const reliefUnit = unitDeclared({ areaCodes: ['83'] }, { programme: 'relief', unitId: 'flood-2568' });
    const welfarePaid = disbursement(
      { disbursementId: 'p-1', recipient: recipient('boonmee', { reference: 'm-001' }) },
      { programme: 'welfare', unitId: 'talat-yai' },
    );
    const reliefPaid = disbursement(
      {
        disbursementId: 'r-9',
        kind: 'relief',
        purpose: 'medical',
        recipient: recipient('boonmee', { reference: 'hh-77' }),
        areaCode: '830102',
      },
      { programme: 'relief', unitId: 'flood-2568' },
    );

    const found = findingsOf(RULE, [welfareUnit, reliefUnit, welfarePaid, reliefPaid], overlapping);

    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'high',
      programme: 'relief',
      unitId: 'flood-2568',
      areaCode: '830102',
      raisedBy: reliefPaid.source.eventId,
      evidenceEventIds: eventIds(welfarePaid, reliefPaid),
      streamIds: [welfarePaid.source.streamId, reliefPaid.source.streamId],
      details: {
        crossProgramme: true,
        crossUnit: true,
        firstProgramme: 'welfare',
        firstUnitId: 'talat-yai',
        firstPurpose: 'sickness',
        purpose: 'medical',
        eventDate: '2025-12-10',
        thresholdName: 'duplicatePayment.overlappingPurposes',
        moneyMessageIds: [welfarePaid.id, reliefPaid.id],
      },
    });
    expect(found[0].summaryTh).toContain('10 ธ.ค. 2568');
  });

  it('given the same purposes are not configured as overlapping, sickness and medical on one day are two needs', () => {
    const welfarePaid = disbursement(
      { disbursementId: 'p-1', recipient: recipient('boonmee') },
      { programme: 'welfare', unitId: 'talat-yai' },
    );
    const reliefPaid = disbursement(
      { disbursementId: 'r-9', kind: 'relief', purpose: 'medical', recipient: recipient('boonmee') },
      { programme: 'relief', unitId: 'flood-2568' },
    );
    expect(findingsOf(RULE, [welfarePaid, reliefPaid])).toEqual([]);
  });

  it('given one fund paid a member for sickness on a day, when it pays the same member again for that day under another claim, it is flagged within the programme', () => {
    const first = disbursement({ disbursementId: 'p-1', commitmentId: 'c-1' });
    const second = disbursement({ disbursementId: 'p-2', commitmentId: 'c-2' });
    expect(findingsOf(RULE, [first, second])).toMatchObject([
      { programme: 'welfare', unitId: 'fund-1', evidenceEventIds: eventIds(first, second), details: { crossUnit: false } },
    ]);
  });

  it('overlapping periods are one need; adjoining ones are not', () => {
    const monthly = (id: string, from: string, to: string) =>
      disbursement({ disbursementId: id, purpose: 'elderly', covers: covers(null, from, to) }, { programme: 'grants', unitId: 'g-1' });
    const january = monthly('g-1', '2026-01-01', '2026-01-31');
    expect(findingsOf(RULE, [january, monthly('g-2', '2026-01-15', '2026-02-14')])).toHaveLength(1);
    expect(findingsOf(RULE, [january, monthly('g-3', '2026-02-01', '2026-02-28')])).toEqual([]);
  });

  it('near miss: another event date, or another person, is not a duplicate', () => {
    const first = disbursement({ disbursementId: 'p-1' });
    expect(findingsOf(RULE, [first, disbursement({ disbursementId: 'p-2', covers: covers('2025-12-11') })])).toEqual([]);
    expect(findingsOf(RULE, [first, disbursement({ disbursementId: 'p-3', recipient: recipient('b') })])).toEqual([]);
  });

  it('a payment reversed in full before the second no longer counts; a partial refund still does', () => {
    const first = disbursement({ disbursementId: 'p-1' }, { unitId: 'talat-yai' });
    const second = disbursement({ disbursementId: 'p-2' }, { unitId: 'wichit' });
    const undone = reversal({ type: 'money.disbursement.made', id: 'p-1' }, '200.00', { unitId: 'talat-yai' });
    const refund = reversal({ type: 'money.disbursement.made', id: 'p-1' }, '50.00', { unitId: 'talat-yai' });
    expect(findingsOf(RULE, [first, undone, second])).toEqual([]);
    expect(findingsOf(RULE, [first, refund, disbursement({ disbursementId: 'p-3' }, { unitId: 'wichit' })])).toHaveLength(1);
  });

  it('payments for needs older than the lookback are forgotten, so the state per person stays bounded', () => {
    const old = disbursement({ disbursementId: 'p-1', covers: covers('2022-01-10') });
    const recent = disbursement({ disbursementId: 'p-2', covers: covers('2025-12-10') });
    const lateDuplicateOfOld = disbursement({ disbursementId: 'p-3', covers: covers('2022-01-10') });
    expect(findingsOf(RULE, [old, recent, lateDuplicateOfOld])).toEqual([]);
    expect(findingsOf(RULE, [old, recent, lateDuplicateOfOld], redFlagConfig({ duplicatePayment: { lookbackDays: 3650 } }))).toHaveLength(
      1,
    );
  });
});
