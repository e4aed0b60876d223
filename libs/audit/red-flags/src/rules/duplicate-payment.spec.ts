import { scanRedFlags } from '../evaluate';
import { CHAIR, WelfareHistory } from '../testing/welfare-history';

const duplicates = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.duplicate-payment');

describe('red-flag.duplicate-payment', () => {
  it('a person paid the birth benefit for the same day by two funds is flagged, citing both chains', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03', 'p-1').paid('cl-a', 'm-1', 'birth', '2023-05-10', '1000');
    history.fund('wichit').enrol('m-9', '2022-10-03', 'p-1').paid('cl-b', 'm-9', 'birth', '2023-05-10', '1000');
    const found = duplicates(history);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'high', fundId: 'wichit', streamId: 'welfare-fund-wichit', streamIds: ['welfare-fund-talat-yai', 'welfare-fund-wichit'],
      raisedBy: history.idOf('welfare.payout.made', { fundId: 'wichit' }),
      details: { crossFund: true, firstFundId: 'talat-yai', benefit: 'birth', eventDate: '2023-05-10' },
    });
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.member.enrolled', { fundId: 'talat-yai' }), history.idOf('welfare.claim.submitted', { claimId: 'cl-a' }),
      history.idOf('welfare.payout.made', { claimId: 'cl-a' }), history.idOf('welfare.member.enrolled', { fundId: 'wichit' }),
      history.idOf('welfare.claim.submitted', { claimId: 'cl-b' }), history.idOf('welfare.payout.made', { claimId: 'cl-b' }),
    ]);
    expect(found[0].summaryTh).toContain('10 พ.ค. 2566');
  });

  it('two claims of one member in one fund for the same benefit and day are flagged (the service allows it: twins)', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03').paid('cl-1', 'm-1', 'birth', '2023-05-10', '1000').paid('cl-2', 'm-1', 'birth', '2023-05-10', '1000');
    expect(duplicates(history)).toMatchObject([{ details: { crossFund: false, firstPayoutId: 'po-cl-1', payoutId: 'po-cl-2' } }]);
  });

  it('a second payout for a different event date is not a duplicate', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03', 'p-1').paid('cl-a', 'm-1', 'birth', '2023-05-10', '1000');
    history.fund('wichit').enrol('m-9', '2022-10-03', 'p-1').paid('cl-b', 'm-9', 'birth', '2023-05-11', '1000');
    expect(duplicates(history)).toEqual([]);
  });

  it('different people paid for the same day are not duplicates', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03', 'p-1').enrol('m-2', '2022-10-03', 'p-2')
      .paid('cl-1', 'm-1', 'birth', '2023-05-10', '1000').paid('cl-2', 'm-2', 'birth', '2023-05-10', '1000');
    expect(duplicates(history)).toEqual([]);
  });

  it('a payout reversed before the other fund paid is no longer money paid', () => {
    const history = new WelfareHistory();
    const talatYai = history.fund('talat-yai').enrol('m-1', '2022-10-03', 'p-1').paid('cl-a', 'm-1', 'birth', '2023-05-10', '1000');
    talatYai.command({ type: 'ReversePayout', data: { reversalId: 'rv-1', payoutId: 'po-cl-a', reason: 'จ่ายซ้ำกองทุนอื่น', reversedOn: '2023-05-12' } }, '2023-05-12', CHAIR);
    history.fund('wichit').enrol('m-9', '2022-10-03', 'p-1').paid('cl-b', 'm-9', 'birth', '2023-05-10', '1000');
    expect(duplicates(history)).toEqual([]);
  });
});
