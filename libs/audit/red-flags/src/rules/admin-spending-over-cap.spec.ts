import { Money } from '@kongthun/kernel';
import { scanRedFlags } from '../evaluate';
import { adminSpendingRecorded } from '../testing/crafted-events';
import { CHAIR, FundScript, PRASERT, WANIDA, WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.admin-spending-over-cap');

/* Received: 100,000 from CODI + 10 joining fee + 360 contributions = 100,370; 20% cap = 20,074.00. */
const spend = (fund: FundScript, spendingId: string, amount: string, overrideId: string | null = null) =>
  fund.command({ type: 'RecordAdminSpending', data: {
    spendingId, amount: Money.parse(amount), purpose: 'ค่าจัดประชุมใหญ่', spentOn: '2023-03-01', documentRef: `DOC-${spendingId}`, overrideId,
  } }, '2023-03-01');

const grant = (fund: FundScript, overrideId: string, amount: string) =>
  fund.command({ type: 'GrantAdminOverride', data: {
    overrideId, amount: Money.parse(amount), purpose: 'ซ่อมอาคารที่ทำการ', resolutionRef: 'มติ 3/2566', approverIds: [CHAIR, PRASERT, WANIDA],
  } }, '2023-03-01', CHAIR);

describe('red-flag.admin-spending-over-cap', () => {
  it('spending that takes administration past 20% of money received, with no override, is flagged', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03');
    spend(fund, 'ad-1', '20000');
    fund.record(adminSpendingRecorded('talat-yai', 'ad-2', '1000.00', '2023-03-02'));
    const found = flagged(history);
    expect(found).toMatchObject([{
      severity: 'medium', raisedBy: history.idOf('welfare.admin-spending.recorded', { spendingId: 'ad-2' }),
      details: { adminSpent: '21000.00', received: '100370.00', cap: '20074.00', capPercent: 20, overrideId: null },
    }]);
    expect(found[0].evidenceEventIds).toEqual([history.idOf('welfare.fund.registered'), history.idOf('welfare.admin-spending.recorded', { spendingId: 'ad-2' })]);
  });

  it('spending that brings administration exactly to the cap is not flagged', () => {
    const history = new WelfareHistory();
    spend(history.fund('talat-yai').enrol('m-1', '2022-10-03'), 'ad-1', '20074');
    expect(history.idOf('welfare.admin-spending.recorded')).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });

  it('spending over the cap under a committee override that covers it is not flagged', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03');
    spend(fund, 'ad-1', '20000');
    grant(fund, 'ov-1', '5000');
    spend(fund, 'ad-2', '5000', 'ov-1');
    expect(history.idOf('welfare.admin-spending.recorded', { spendingId: 'ad-2' })).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });

  it('spending that cites an override already used is flagged, citing the override', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03');
    spend(fund, 'ad-1', '20000');
    grant(fund, 'ov-1', '5000');
    spend(fund, 'ad-2', '5000', 'ov-1');
    fund.record(adminSpendingRecorded('talat-yai', 'ad-3', '5000.00', '2023-03-02', 'ov-1'));
    expect(flagged(history)).toMatchObject([{
      details: { spendingId: 'ad-3', overrideId: 'ov-1', adminSpent: '30000.00' },
      evidenceEventIds: [history.idOf('welfare.fund.registered'), history.idOf('welfare.admin-override.granted'), history.idOf('welfare.admin-spending.recorded', { spendingId: 'ad-3' })],
    }]);
  });
});
