import { unitStory } from '../testing/money-messages';
import { foldMoneyBooks } from './money-books';

const story = () => unitStory('welfare', 'fund-a', ['830101']);

describe('the auditor’s own books of a unit, from money messages', () => {
  describe('a unit with nothing published', () => {
    it('has zero everywhere and no terms', () => {
      expect(foldMoneyBooks([])).toMatchObject({
        unit: null,
        moneyIn: { total: '0.00', bySource: {} },
        committed: '0.00',
        disbursed: { total: '0.00', byKind: {} },
        administrationSpent: '0.00',
        balance: '0.00',
        counts: { messages: 0 },
      });
    });
  });

  describe('money in, commitments and disbursements', () => {
    it('money in is summed by source kind; the balance is money in less every disbursement, administration included', () => {
      const s = story();
      const books = foldMoneyBooks([
        s.declared(),
        s.moneyIn('in-1', 'member-contribution', '360.00', '2024-02-01'),
        s.moneyIn('in-2', 'member-contribution', '30.50', '2024-03-01'),
        s.moneyIn('in-3', 'matching', '1000.00', '2024-03-05'),
        s.committed('c-1', '300.00', '2024-04-01'),
        s.disbursed('p-1', 'benefit', '300.00', '2024-04-02', 'c-1'),
        s.disbursed('a-1', 'administration', '45.25', '2024-04-03'),
      ]);
      expect(books).toMatchObject({
        unit: { name: 'unit fund-a', areaCodes: ['830101'], ruleVersion: 1 },
        moneyIn: { total: '1390.50', bySource: { matching: '1000.00', 'member-contribution': '390.50' } },
        committed: '300.00',
        disbursed: { total: '345.25', byKind: { administration: '45.25', benefit: '300.00' } },
        administrationSpent: '45.25',
        balance: '1045.25',
        counts: {
          messages: 7,
          declarations: 1,
          moneyIn: 3,
          commitments: 1,
          disbursements: 2,
          reversals: 0,
          refunds: 0,
          unmatchedReversals: 0,
        },
      });
    });
  });

  describe('reversals and refunds', () => {
    it('a reversed disbursement comes back into the balance, a reversed money in goes out of it; a reversed commitment leaves it', () => {
      const s = story();
      const books = foldMoneyBooks([
        s.moneyIn('in-1', 'donation', '500.00', '2024-02-01'),
        s.moneyIn('in-2', 'donation', '200.00', '2024-02-02'),
        s.committed('c-1', '100.00', '2024-02-03'),
        s.disbursed('p-1', 'benefit', '100.00', '2024-02-04', 'c-1'),
        s.reversed('r-1', 'reversal', { type: 'money.disbursement.made', id: 'p-1' }, '100.00', '2024-02-05'),
        s.reversed('r-2', 'reversal', { type: 'money.in.received', id: 'in-2' }, '200.00', '2024-02-05'),
        s.reversed('r-3', 'reversal', { type: 'money.commitment.made', id: 'c-1' }, '100.00', '2024-02-05'),
      ]);
      expect(books).toMatchObject({
        moneyIn: { total: '700.00' },
        disbursed: { total: '100.00' },
        reversed: { moneyIn: '200.00', commitments: '100.00', disbursements: '100.00' },
        refunded: { moneyIn: '0.00', commitments: '0.00', disbursements: '0.00' },
        balance: '500.00',
        counts: { reversals: 3, refunds: 0, unmatchedReversals: 0 },
      });
    });

    it('a refund of an administration payment lowers what administration spent; a reversal naming nothing known is counted', () => {
      const s = story();
      const books = foldMoneyBooks([
        s.moneyIn('in-1', 'budget-allocation', '1000.00', '2024-02-01'),
        s.disbursed('a-1', 'administration', '80.00', '2024-02-02'),
        s.reversed('f-1', 'refund', { type: 'money.disbursement.made', id: 'a-1' }, '30.00', '2024-02-03'),
        s.reversed('f-2', 'refund', { type: 'money.disbursement.made', id: 'p-404' }, '10.00', '2024-02-03'),
      ]);
      expect(books).toMatchObject({
        administrationSpent: '50.00',
        refunded: { disbursements: '40.00' },
        balance: '960.00',
        counts: { refunds: 2, unmatchedReversals: 1 },
      });
    });
  });

  describe('declarations', () => {
    it('the highest rule version gives the terms, whatever order they arrive in', () => {
      const s = story();
      const v2 = s.declared('2025-01-01');
      const v1 = s.declared('2024-01-01');
      const later = { ...v2, data: { ...v2.data, ruleVersion: 2, name: 'renamed' } };
      expect(foldMoneyBooks([later, v1]).unit).toMatchObject({ name: 'renamed', ruleVersion: 2 });
      expect(foldMoneyBooks([v1, later]).unit).toMatchObject({ name: 'renamed', ruleVersion: 2 });
    });
  });
});
