import { commitment, disbursement, eventIds, findingsOf, moneyIn } from '../testing/money-story';

const RULE = 'red-flag.amount-words-mismatch';

describe('red-flag.amount-words-mismatch', () => {
  it('given matching money written 380,000 in figures and สามล้านแปดแสนบาทถ้วน in words, it is flagged', () => {
    const received = moneyIn({
      amount: '380000.00',
      document: { reference: 'pao-2568-17', amountFigures: '380000.00', amountWords: 'สามล้านแปดแสนบาทถ้วน' },
    });
    expect(findingsOf(RULE, [received])).toMatchObject([
      {
        evidenceEventIds: eventIds(received),
        details: {
          reason: 'amounts-differ',
          figures: '380000.00',
          wordsAmount: '3800000.00',
          documentReference: 'pao-2568-17',
          messageType: 'money.in.received',
        },
      },
    ]);
  });

  it('commitments and payments are checked too, and unreadable words are a finding', () => {
    const claim = commitment({ document: { reference: 'claim-1', amountFigures: '300.00', amountWords: 'สามพันบาทถ้วน' } });
    const paid = disbursement({ document: { reference: 'pay-1', amountFigures: '200.00', amountWords: 'สองร้อยบาทเศษ ๆ' } });
    expect(findingsOf(RULE, [claim, paid]).map((finding) => finding.details.reason)).toEqual(['amounts-differ', 'words-unreadable']);
  });

  it('near miss: the same amount written another way, or a document without words', () => {
    const same = moneyIn({ document: { reference: 'r-1', amountFigures: '101.00', amountWords: 'หนึ่งร้อยเอ็ดบาทตรง' } });
    const noWords = moneyIn({ moneyInId: 'in-2', document: { reference: 'r-2', amountFigures: '101.00', amountWords: null } });
    expect(findingsOf(RULE, [same, noWords])).toEqual([]);
  });
});
