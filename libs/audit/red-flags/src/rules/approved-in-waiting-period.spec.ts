import { scanRedFlags } from '../evaluate';
import { approvalRecorded, claimApproved, claimSubmitted } from '../testing/crafted-events';
import { CHAIR, FundScript, PRASERT, sampleRules, WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.approved-in-waiting-period');

/** A birth claim the service should have refused: enrolled 3 Oct 2022, 180 days' wait, born 10 Jan 2023. */
const approvedTooEarly = (fund: FundScript, rulesVersionCited = 1, eventDate = '2023-01-10'): void => {
  fund.enrol('m-1', '2022-10-03');
  fund.record(claimSubmitted(fund.fundId, 'cl-1', 'm-1', 'birth', eventDate, '1000.00', { rulesVersion: rulesVersionCited }));
  fund.record(approvalRecorded(fund.fundId, 'cl-1', CHAIR));
  fund.record(approvalRecorded(fund.fundId, 'cl-1', PRASERT));
  fund.record(claimApproved(fund.fundId, 'cl-1', '1000.00', [CHAIR, PRASERT], rulesVersionCited));
};

describe('red-flag.approved-in-waiting-period', () => {
  it('a claim approved for an event inside the waiting period is flagged with the rules, enrolment, claim and approval', () => {
    const history = new WelfareHistory();
    approvedTooEarly(history.fund('talat-yai'));
    const found = flagged(history);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'medium', raisedBy: history.idOf('welfare.claim.approved'),
      details: { enrolledOn: '2022-10-03', eventDate: '2023-01-10', waitingPeriodDays: 180, firstEligibleDay: '2023-04-01', rulesVersion: 1 },
    });
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.fund.registered'), history.idOf('welfare.member.enrolled'),
      history.idOf('welfare.claim.submitted'), history.idOf('welfare.claim.approved'),
    ]);
  });

  it('is judged by the rules in force on the event date, not by the later version the service cited', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai');
    const noWait = sampleRules();
    noWait.benefits = noWait.benefits.map((scheme) => ({ ...scheme, waitingPeriodDays: 0 }));
    fund.command({ type: 'AdoptRules', data: { rules: noWait, effectiveFrom: '2023-06-01', resolutionRef: 'มติ 2/2566' } }, '2022-10-02');
    approvedTooEarly(fund, 2);
    expect(flagged(history)).toMatchObject([{ details: { rulesVersion: 1, waitingPeriodDays: 180 } }]);
  });

  it('an event on the last day of the waiting period is still inside it', () => {
    const history = new WelfareHistory();
    approvedTooEarly(history.fund('talat-yai'), 1, '2023-03-31');
    expect(flagged(history)).toMatchObject([{ details: { eventDate: '2023-03-31', firstEligibleDay: '2023-04-01' } }]);
  });

  it('a claim for an event on the first eligible day, approved by the service, is not flagged', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03').paid('cl-1', 'm-1', 'birth', '2023-04-01', '1000');
    expect(history.idOf('welfare.claim.approved')).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });
});
