import { Money } from '@kongthun/kernel';
import { RecordMatchingFunds } from './fund.commands';
import { FUND_ID, fundRegistered, given, matchingReceived, meta } from '../testing/talat-yai-fund';

const receive = (change: Partial<RecordMatchingFunds['data']> = {}): RecordMatchingFunds => ({
  type: 'RecordMatchingFunds',
  data: {
    matchingId: 'mt-1',
    source: 'local-government',
    sourceName: 'องค์การบริหารส่วนจังหวัดภูเก็ต',
    fiscalYear: 2566,
    amount: Money.parse('300,000'),
    receivedOn: '2023-03-15',
    documentRef: 'ภก 51001/123',
    ...change,
  },
  metadata: meta('2023-03-15T03:00:00Z'),
});

describe('a registered fund receiving matching money', () => {
  it("records Phuket PAO's 300,000 baht for fiscal 2566 with its document", () => {
    given([fundRegistered()])
      .when(receive())
      .then([
        {
          type: 'welfare.matching-funds.received',
          data: {
            fundId: FUND_ID,
            matchingId: 'mt-1',
            source: 'local-government',
            sourceName: 'องค์การบริหารส่วนจังหวัดภูเก็ต',
            fiscalYear: 2566,
            amount: '300000.00',
            receivedOn: '2023-03-15',
            documentRef: 'ภก 51001/123',
            amountWords: null,
          },
        },
      ]);
  });

  it('records the amount in Thai words where the letter states it, when the words agree with the figures', () => {
    given([fundRegistered()])
      .when(receive({ amountWords: 'สามแสนบาทถ้วน' }))
      .then([
        {
          type: 'welfare.matching-funds.received',
          data: {
            fundId: FUND_ID,
            matchingId: 'mt-1',
            source: 'local-government',
            sourceName: 'องค์การบริหารส่วนจังหวัดภูเก็ต',
            fiscalYear: 2566,
            amount: '300000.00',
            receivedOn: '2023-03-15',
            documentRef: 'ภก 51001/123',
            amountWords: 'สามแสนบาทถ้วน',
          },
        },
      ]);
  });

  it("Phuket PAO's letter stating 380,000 in figures and สามล้านแปดแสนบาทถ้วน in words is refused, not guessed at", () => {
    given([fundRegistered()])
      .when(receive({ amount: Money.parse('380,000'), amountWords: 'สามล้านแปดแสนบาทถ้วน' }))
      .thenThrows('matching.amount-words-mismatch', { figures: '380000.00', words: '3800000.00' });
  });

  it('words that cannot be read as an amount are refused', () => {
    given([fundRegistered()])
      .when(receive({ amountWords: 'สามแสนกว่าบาท' }))
      .thenThrows('matching.amount-words-unreadable');
  });

  it('matching money without a document reference is refused', () => {
    given([fundRegistered()])
      .when(receive({ documentRef: '' }))
      .thenThrows('matching.document-required');
  });

  it('a fiscal year written in CE is refused', () => {
    given([fundRegistered()])
      .when(receive({ fiscalYear: 2023 }))
      .thenThrows('fiscal-year.out-of-range');
  });

  it('an unknown source, a zero amount and a repeated id are refused', () => {
    given([fundRegistered()])
      .when(receive({ source: 'lottery' as never }))
      .thenThrows('matching.unknown-source');
    given([fundRegistered()])
      .when(receive({ amount: Money.zero }))
      .thenThrows('matching.amount-not-positive');
    given([fundRegistered(), matchingReceived('mt-1', 'codi', '100.00')])
      .when(receive())
      .thenThrows('matching.duplicate');
  });
});
