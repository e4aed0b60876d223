import { redFlagConfig } from '../red-flag-config';
import { commitment, disbursement, eventIds, findingsOf, recipient, unitDeclared } from '../testing/money-story';

const RULE = 'red-flag.split-under-approval-limit';
const unit = () => unitDeclared({ approvalLimit: '5000.00' });

describe('red-flag.split-under-approval-limit', () => {
  it('given a 5,000 baht approval limit, when two awards of 4,900 to one person are decided within 30 days, it is flagged', () => {
    const declared = unit();
    const first = commitment({ commitmentId: 'c-1', amount: '4900.00', decidedOn: '2025-12-01' });
    const second = commitment({ commitmentId: 'c-2', amount: '4900.00', decidedOn: '2025-12-20' });
    expect(findingsOf(RULE, [declared, first, second])).toMatchObject([
      {
        severity: 'medium',
        evidenceEventIds: eventIds(first, second),
        details: {
          parts: 2,
          what: 'commitments',
          total: '9800.00',
          approvalLimit: '5000.00',
          windowDays: 30,
          marginPercent: 10,
          minPayments: 2,
          thresholdName: 'splitPayments',
        },
      },
    ]);
  });

  it('payments made without a commitment count the same way; payments against commitments do not count twice', () => {
    const direct = (id: string, day: string) => disbursement({ disbursementId: id, amount: '4800.00', paidOn: day });
    expect(findingsOf(RULE, [unit(), direct('p-1', '2025-12-01'), direct('p-2', '2025-12-05')])).toMatchObject([
      { details: { what: 'payments' } },
    ]);
    const againstCommitment = (id: string) => disbursement({ disbursementId: id, commitmentId: `c-${id}`, amount: '4800.00' });
    expect(findingsOf(RULE, [unit(), againstCommitment('p-1'), againstCommitment('p-2')])).toEqual([]);
  });

  it('near misses: outside the window, below the margin, at the limit, or to different people', () => {
    const award = (id: string, amount: string, decidedOn: string, who = 'a') =>
      commitment({ commitmentId: id, amount, decidedOn, recipient: recipient(who) });
    expect(findingsOf(RULE, [unit(), award('c-1', '4900.00', '2025-10-01'), award('c-2', '4900.00', '2025-12-20')])).toEqual([]);
    expect(findingsOf(RULE, [unit(), award('c-1', '4400.00', '2025-12-01'), award('c-2', '4400.00', '2025-12-02')])).toEqual([]);
    expect(findingsOf(RULE, [unit(), award('c-1', '5000.00', '2025-12-01'), award('c-2', '5000.00', '2025-12-02')])).toEqual([]);
    expect(findingsOf(RULE, [unit(), award('c-1', '4900.00', '2025-12-01', 'a'), award('c-2', '4900.00', '2025-12-02', 'b')])).toEqual([]);
  });

  it('the thresholds come from configuration: three parts needed, 60 days apart allowed', () => {
    const config = redFlagConfig({ splitPayments: { windowDays: 60, minPayments: 3 } });
    const award = (id: string, decidedOn: string) => commitment({ commitmentId: id, amount: '4900.00', decidedOn });
    const two = [unit(), award('c-1', '2025-10-01'), award('c-2', '2025-11-20')];
    expect(findingsOf(RULE, two, config)).toEqual([]);
    expect(findingsOf(RULE, [...two, award('c-3', '2025-11-25')], config)).toMatchObject([
      { details: { parts: 3, windowDays: 60, minPayments: 3 } },
    ]);
  });
});
