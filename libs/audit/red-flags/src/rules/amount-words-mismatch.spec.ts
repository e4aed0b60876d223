import { scanRedFlags } from '../evaluate';
import { claimSubmitted } from '../testing/crafted-events';
import { WelfareHistory } from '../testing/welfare-history';

const flagged = (history: WelfareHistory) =>
  scanRedFlags(history.envelopes).findings.filter((finding) => finding.rule === 'red-flag.amount-words-mismatch');

describe('red-flag.amount-words-mismatch', () => {
  it('figures that disagree with the Thai words are flagged (380,000 in figures, three million eight hundred thousand in words)', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .record(claimSubmitted('talat-yai', 'cl-1', 'm-1', 'birth', '2023-05-10', '380000.00', { words: 'สามล้านแปดแสนบาทถ้วน' }));
    expect(flagged(history)).toMatchObject([{
      severity: 'medium', evidenceEventIds: [history.idOf('welfare.claim.submitted')],
      details: { figures: '380000.00', wordsAmount: '3800000.00', reason: 'amounts-differ' },
    }]);
    expect(flagged(history)[0].summaryTh).toContain('380,000.00 บาท');
  });

  it('words that cannot be read are flagged as a lesser finding', () => {
    const history = new WelfareHistory();
    history.fund('talat-yai').enrol('m-1', '2022-10-03')
      .record(claimSubmitted('talat-yai', 'cl-1', 'm-1', 'birth', '2023-05-10', '1000.00', { words: 'หนึ่งพันบาทสองร้อยแปด' }));
    expect(flagged(history)).toMatchObject([{ severity: 'low', details: { reason: 'words-unreadable', wordsAmount: null } }]);
  });

  it('the same amount written another way (เอ็ด or หนึ่ง, ถ้วน or ตรง) is not flagged', () => {
    const history = new WelfareHistory();
    const fund = history.fund('talat-yai').enrol('m-1', '2022-10-03');
    fund.record(claimSubmitted('talat-yai', 'cl-1', 'm-1', 'birth', '2023-05-10', '101.00', { words: 'หนึ่งร้อยหนึ่งบาทถ้วน' }));
    fund.record(claimSubmitted('talat-yai', 'cl-2', 'm-1', 'birth', '2023-05-11', '101.00', { words: 'หนึ่งร้อยเอ็ดบาทตรง' }));
    fund.claim('cl-3', 'm-1', 'birth', '2023-05-12', '1000');
    expect(flagged(history)).toEqual([]);
  });
});
