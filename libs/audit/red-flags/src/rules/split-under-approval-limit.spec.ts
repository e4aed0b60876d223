import { Money } from '@kongthun/kernel';
import { scanRedFlags } from '../evaluate';
import { redFlagConfig, RedFlagConfigInput } from '../red-flag-config';
import { payoutMade } from '../testing/crafted-events';
import { WelfareHistory } from '../testing/welfare-history';
import { justUnderLimit } from './split-under-approval-limit';

const flagged = (history: WelfareHistory, config: RedFlagConfigInput = {}) =>
  scanRedFlags(history.envelopes, redFlagConfig(config)).findings.filter((finding) => finding.rule === 'red-flag.split-under-approval-limit');

/* The approval limit is 5,000 baht (3 approvals above it); education pays 4,800 and needs no wait. */

describe('red-flag.split-under-approval-limit', () => {
  it('two payouts just under the limit to one member within 30 days are flagged', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .paid('cl-1', 'm-1', 'education', '2023-03-01', '4800').paid('cl-2', 'm-1', 'education', '2023-03-20', '4800');
    const found = flagged(history);
    expect(found).toMatchObject([{ severity: 'medium', details: { by: 'person', payouts: 2, total: '9600.00', windowDays: 30 } }]);
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.payout.made', { payoutId: 'po-cl-1' }), history.idOf('welfare.payout.made', { payoutId: 'po-cl-2' }),
    ]);
  });

  it('payouts to different people in two funds through one account are flagged by account', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03', 'p-1').paid('cl-1', 'm-1', 'education', '2023-03-01', '4800', 'acct-1');
    history.fund('wichit').enrol('m-2', '2022-10-03', 'p-2').paid('cl-2', 'm-2', 'education', '2023-03-05', '4800', 'acct-1');
    expect(flagged(history)).toMatchObject([{ details: { by: 'account', payouts: 2 }, streamIds: ['welfare-fund-talat-yai', 'welfare-fund-wichit'] }]);
  });

  it('payouts more than the window apart are not flagged', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .paid('cl-1', 'm-1', 'education', '2023-03-01', '4800').paid('cl-2', 'm-1', 'education', '2023-04-10', '4800');
    expect(flagged(history)).toEqual([]);
  });

  it('payouts below the margin are not "just under"; a wider margin from configuration catches them', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03').claim('cl-1', 'm-1', 'education', '2023-03-01', '4400').approve('cl-1', '2023-03-01');
    fund.pay('cl-1', 'po-1', '2023-03-01').claim('cl-2', 'm-1', 'education', '2023-03-02', '4400').approve('cl-2', '2023-03-02').pay('cl-2', 'po-2', '2023-03-02');
    expect(flagged(history)).toEqual([]);
    expect(flagged(history, { splitPayouts: { marginPercent: 20 } })).toHaveLength(1);
  });

  it('fewer payouts than the configured minimum are not flagged', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .paid('cl-1', 'm-1', 'education', '2023-03-01', '4800').paid('cl-2', 'm-1', 'education', '2023-03-20', '4800');
    expect(flagged(history, { splitPayouts: { minPayouts: 3 } })).toEqual([]);
  });

  it('a payout above the limit is not a split, whatever else was paid', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03').paid('cl-1', 'm-1', 'education', '2023-03-01', '4800');
    fund.record(payoutMade('talat-yai', 'po-x', 'cl-1', 'm-1', '5000.01', '2023-03-02'));
    expect(flagged(history)).toEqual([]);
  });

  it('"just under" is the limit down to the margin, both ends included', () => {
    const limit = Money.ofBaht(5_000);
    expect([justUnderLimit(Money.ofBaht(5_000), limit, 10), justUnderLimit(Money.ofBaht(4_500), limit, 10)]).toEqual([true, true]);
    expect([justUnderLimit(Money.parse('5000.01'), limit, 10), justUnderLimit(Money.parse('4499.99'), limit, 10)]).toEqual([false, false]);
  });
});
