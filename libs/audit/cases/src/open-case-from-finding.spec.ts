import { RedFlagFinding } from '@kongthun/audit-red-flags';
import { OpenCase } from './case.commands';
import { caseDecider } from './case.decider';
import { meta } from './testing/case-spec';

describe('opening a case from a red-flag finding', () => {
  it('takes the finding as it is, with its id as the case id, so one finding is one case', () => {
    const finding: RedFlagFinding = {
      findingId: '7d1c0c3f-0a9b-8e4e-8f6a-2b1c3d4e5f60',
      rule: 'red-flag.payout-above-approved',
      severity: 'high',
      summaryTh: 'จ่ายเงินคำขอ cl-1 รวม 1,500.00 บาท เกินวงเงินที่อนุมัติ 1,000.00 บาท',
      summary: '1,500.00 baht paid on claim cl-1, above the 1,000.00 baht approved',
      programme: 'welfare',
      unitId: 'talat-yai',
      fundId: 'talat-yai',
      areaCode: '830101',
      streamId: 'welfare-fund-talat-yai',
      streamIds: ['welfare-fund-talat-yai'],
      evidenceEventIds: ['evt-0007', 'evt-0010', 'evt-0011'],
      raisedBy: 'evt-0011',
      details: { paid: '1500.00' },
    };
    const command: OpenCase = {
      type: 'OpenCase',
      data: { caseId: finding.findingId, ...finding },
      metadata: meta('2024-02-01T02:00:00.000Z'),
    };
    const [opened] = caseDecider.decide(command, caseDecider.initialState());
    expect(opened).toMatchObject({
      type: 'audit.case.opened',
      data: {
        caseId: finding.findingId,
        findingId: finding.findingId,
        rule: finding.rule,
        evidenceEventIds: finding.evidenceEventIds,
        streamId: finding.streamId,
      },
    });
    // Only the case's own fields are stored: the details stay with the finding.
    expect(Object.keys(opened.data)).not.toContain('details');
  });
});
