import { scanRedFlags } from '../evaluate';
import { redFlagConfig, RedFlagConfigInput } from '../red-flag-config';
import { WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory, config: RedFlagConfigInput = {}) =>
  scanRedFlags(history.envelopes, redFlagConfig(config)).findings.filter((finding) => finding.rule === 'red-flag.shared-payee-account');

/** Birth benefits of 1,000 for `people` (member id = person), each on its own day, into `account`. */
const paidInto = (history: WelfareHistory, fundId: string, people: string[], account: string, firstDay = 10): void => {
  const fund = history.fund(fundId);
  people.forEach((person, i) => fund.enrol(person, '2022-10-03').paid(`cl-${person}`, person, 'birth', `2023-05-${firstDay + i}`, '1000', account));
};

describe('red-flag.shared-payee-account', () => {
  it('one account paid for three different people is flagged once, citing the first payout of each', () => {
    const history = new WelfareHistory();
    paidInto(history, 'talat-yai', ['p-1', 'p-2'], 'acct-1');
    paidInto(history, 'wichit', ['p-3', 'p-4'], 'acct-1');
    const found = flagged(history);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'medium', fundId: 'wichit', raisedBy: history.idOf('welfare.payout.made', { payoutId: 'po-cl-p-3' }),
      details: { distinctPeople: 3, threshold: 3, funds: 'talat-yai,wichit' },
      evidenceEventIds: ['po-cl-p-1', 'po-cl-p-2', 'po-cl-p-3'].map((payoutId) => history.idOf('welfare.payout.made', { payoutId })),
    });
  });

  it('two people sharing an account stay under the default threshold; a threshold of 2 flags them', () => {
    const history = new WelfareHistory();
    paidInto(history, 'talat-yai', ['p-1', 'p-2'], 'acct-1');
    expect(flagged(history)).toEqual([]);
    expect(flagged(history, { sharedAccount: { minDistinctMembers: 2 } })).toHaveLength(1);
  });

  it('one person paid three times into their own account is one person', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .paid('cl-1', 'm-1', 'birth', '2023-05-10', '1000', 'acct-1').paid('cl-2', 'm-1', 'birth', '2023-05-20', '1000', 'acct-1')
      .paid('cl-3', 'm-1', 'birth', '2023-06-20', '1000', 'acct-1');
    expect(flagged(history)).toEqual([]);
  });

  it('three people paid into three accounts raise nothing', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai');
    ['p-1', 'p-2', 'p-3'].forEach((person, i) => fund.enrol(person, '2022-10-03').paid(`cl-${i}`, person, 'birth', '2023-05-10', '1000', `acct-${person}`));
    expect(flagged(history)).toEqual([]);
  });
});
