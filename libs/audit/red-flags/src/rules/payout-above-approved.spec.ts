import { scanRedFlags } from '../evaluate';
import { payoutMade } from '../testing/crafted-events';
import { CHAIR, FundScript, WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.payout-above-approved');

/** A birth claim of 1,000 baht, approved by two committee members through the service. */
const approvedClaim = (history: WelfareHistory): FundScript =>
  history.fund('talat-yai').enrol('m-1', '2022-10-03').claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000').approve('cl-1', '2023-05-11');

describe('red-flag.payout-above-approved', () => {
  it('a payout above the approved amount is flagged with the claim, the approval and the payout', () => {
    const history = new WelfareHistory();
    approvedClaim(history).record(payoutMade('talat-yai', 'po-1', 'cl-1', 'm-1', '1500.00', '2023-05-12'));
    const found = flagged(history);
    expect(found).toMatchObject([{ severity: 'high', details: { approved: '1000.00', paid: '1500.00', excess: '500.00', payouts: 1 } }]);
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.claim.submitted'), history.idOf('welfare.claim.approved'), history.idOf('welfare.payout.made'),
    ]);
  });

  it('a second payout of the same claim while the first stands is flagged', () => {
    const history = new WelfareHistory();
    const fund = approvedClaim(history).pay('cl-1', 'po-1', '2023-05-12');
    fund.record(payoutMade('talat-yai', 'po-2', 'cl-1', 'm-1', '1000.00', '2023-05-13'));
    expect(flagged(history)).toMatchObject([{ raisedBy: history.idOf('welfare.payout.made', { payoutId: 'po-2' }), details: { paid: '2000.00', payouts: 2 } }]);
  });

  it('a payout of a claim that was never approved is flagged', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03').claim('cl-1', 'm-1', 'birth', '2023-05-10', '1000')
      .record(payoutMade('talat-yai', 'po-1', 'cl-1', 'm-1', '1000.00', '2023-05-12'));
    expect(flagged(history)).toMatchObject([{ details: { approved: null, paid: '1000.00', excess: '1000.00' } }]);
  });

  it('a payout equal to the approved amount is not flagged', () => {
    const history = new WelfareHistory();
    approvedClaim(history).pay('cl-1', 'po-1', '2023-05-12');
    expect(history.idOf('welfare.payout.made')).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });

  it('a reversed payout paid again is not flagged: the reversal took the first back', () => {
    const history = new WelfareHistory();
    approvedClaim(history).pay('cl-1', 'po-1', '2023-05-12')
      .command({ type: 'ReversePayout', data: { reversalId: 'rv-1', payoutId: 'po-1', reason: 'โอนผิดบัญชี', reversedOn: '2023-05-13' } }, '2023-05-13', CHAIR);
    history.decide('talat-yai', {
      type: 'PayClaim', data: { payoutId: 'po-2', claimId: 'cl-1', method: 'cash', reference: 'RC-2', paidOn: '2023-05-14', payeeAccountHash: null },
      metadata: { now: '2023-05-14T05:00:00.000Z', actor: { userId: 'u-malee', role: 'treasurer' } },
    });
    expect(history.idOf('welfare.payout.made', { payoutId: 'po-2' })).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });
});
