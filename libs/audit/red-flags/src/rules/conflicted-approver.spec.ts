import { scanRedFlags } from '../evaluate';
import { approvalRecorded, claimApproved } from '../testing/crafted-events';
import { CHAIR, PRASERT, WANIDA, WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.conflicted-approver');

describe('red-flag.conflicted-approver', () => {
  it('a committee member approving their own claim (same citizen-ID hash) is flagged', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-p', '2022-10-03', PRASERT).claim('cl-1', 'm-p', 'birth', '2023-05-10', '1000');
    fund.record(approvalRecorded('talat-yai', 'cl-1', PRASERT));
    const found = flagged(history);
    expect(found).toMatchObject([{ severity: 'high', details: { approverId: PRASERT, conflict: 'claimant', claimId: 'cl-1' } }]);
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.member.enrolled'), history.idOf('welfare.fund.registered'),
      history.idOf('welfare.claim.submitted'), history.idOf('welfare.claim.approval-recorded'),
    ]);
  });

  it('an approver declared related to the member is flagged', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03').relate(WANIDA, 'm-1', '2023-04-01');
    fund.claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000').record(approvalRecorded('talat-yai', 'cl-1', WANIDA));
    expect(flagged(history)).toMatchObject([{ details: { approverId: WANIDA, conflict: 'related' } }]);
    expect(flagged(history)[0].evidenceEventIds).toContain(history.idOf('welfare.committee.relation-declared'));
  });

  it('a relation declared after the approval flags the approval it taints, raised by the declaration', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03').claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000').approve('cl-1', '2023-05-11')
      .relate(CHAIR, 'm-1', '2023-06-01');
    expect(flagged(history)).toMatchObject([{
      raisedBy: history.idOf('welfare.committee.relation-declared'),
      details: { approverId: CHAIR, conflict: 'related' },
      evidenceEventIds: [
        history.idOf('welfare.member.enrolled'), history.idOf('welfare.committee.relation-declared'),
        history.idOf('welfare.claim.submitted'), history.idOf('welfare.claim.approval-recorded', { approverId: CHAIR }),
      ],
    }]);
  });

  it('an approval naming a related approver who never recorded an approval is flagged on the approval itself', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03').relate(WANIDA, 'm-1', '2023-04-01');
    fund.claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000').record(approvalRecorded('talat-yai', 'cl-1', CHAIR));
    fund.record(claimApproved('talat-yai', 'cl-1', '1000.00', [CHAIR, WANIDA]));
    expect(flagged(history)).toMatchObject([{ raisedBy: history.idOf('welfare.claim.approved'), details: { approverId: WANIDA } }]);
  });

  it('unrelated approvers, and a relation to another member, raise nothing', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03').enrol('m-2', '2022-10-03').relate(CHAIR, 'm-2', '2023-04-01')
      .claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000').approve('cl-1', '2023-05-11', [CHAIR, PRASERT]).pay('cl-1', 'po-1', '2023-05-12');
    expect(history.idOf('welfare.payout.made')).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });
});
