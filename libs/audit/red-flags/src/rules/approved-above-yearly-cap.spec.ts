import { scanRedFlags } from '../evaluate';
import { approvalRecorded, claimApproved, claimSubmitted } from '../testing/crafted-events';
import { CHAIR, FundScript, PRASERT, WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.approved-above-yearly-cap');

/** Sickness pays 200 a night, at most 2,000 a calendar year; the first claim (6 nights, 1,200) goes through the service. */
const firstSickness = (history: WelfareHistory): FundScript => {
  const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03');
  fund.claim('cl-1', 'm-1', 'sickness', '2023-05-10', '1200', 6).approve('cl-1', '2023-05-11');
  return fund;
};

const craftedSickness = (fund: FundScript, claimId: string, eventDate: string, nights: number): void => {
  const amount = `${nights * 200}.00`;
  fund.record(claimSubmitted(fund.fundId, claimId, 'm-1', 'sickness', eventDate, amount, { hospitalNights: nights }));
  fund.record(approvalRecorded(fund.fundId, claimId, CHAIR));
  fund.record(claimApproved(fund.fundId, claimId, amount, [CHAIR, PRASERT]));
};

describe('red-flag.approved-above-yearly-cap', () => {
  it('a second approval taking the year past the cap is flagged, citing both claims', () => {
    const history = new WelfareHistory();
    craftedSickness(firstSickness(history), 'cl-2', '2023-07-01', 5);
    const found = flagged(history);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'high', details: { cap: '2000.00', approvedInYear: '2200.00', capYear: 2023, capYearBasis: 'calendar' } });
    expect(found[0].evidenceEventIds).toEqual([
      history.idOf('welfare.fund.registered'), history.idOf('welfare.member.enrolled'),
      history.idOf('welfare.claim.submitted', { claimId: 'cl-1' }), history.idOf('welfare.claim.approved', { claimId: 'cl-1' }),
      history.idOf('welfare.claim.submitted', { claimId: 'cl-2' }), history.idOf('welfare.claim.approved', { claimId: 'cl-2' }),
    ]);
  });

  it('reaching the cap exactly, through the service, is not flagged', () => {
    const history = new WelfareHistory();
    firstSickness(history).claim('cl-2', 'm-1', 'sickness', '2023-07-01', '800', 4).approve('cl-2', '2023-07-02');
    expect(history.idOf('welfare.claim.approved', { claimId: 'cl-2' })).toMatch(/^evt-/);
    expect(flagged(history)).toEqual([]);
  });

  it('claims in different cap years are not added together', () => {
    const history = new WelfareHistory();
    craftedSickness(firstSickness(history), 'cl-2', '2024-01-05', 5);
    expect(flagged(history)).toEqual([]);
  });

  it('a claim rejected rather than approved does not count', () => {
    const history = new WelfareHistory();
    const fund = firstSickness(history);
    fund.claim('cl-2', 'm-1', 'sickness', '2023-06-01', '800', 4).command({ type: 'RejectClaim', data: { claimId: 'cl-2', reason: 'เอกสารไม่ครบ' } }, '2023-06-02', CHAIR);
    craftedSickness(fund, 'cl-3', '2023-07-01', 4);
    expect(flagged(history)).toEqual([]);
  });
});
