import { MoneyLogEntry } from '@kongthun/audit-store';
import { unitStory } from '../testing/money-messages';
import { isCalendarDay } from './money-replay-cut';
import { unitReplayView } from './unit-replay';

const s = unitStory('grants', 'project-9', ['190101']);
// Received by the auditor in this order; the last one happened before it was recorded.
const entries: MoneyLogEntry[] = [
  s.declared('2024-01-05'),
  s.moneyIn('in-1', 'budget-allocation', '1000.00', '2024-02-01'),
  s.disbursed('p-1', 'grant-tranche', '400.00', '2024-03-01'),
  { ...s.moneyIn('in-2', 'donation', '50.00', '2024-02-15'), recordedAt: '2024-04-01T05:00:00.000Z' },
].map((message, i) => ({ seq: 10 + i, message, receivedAt: '2024-05-01T00:00:00.000Z' }));
const unit = { programme: 'grants', unitId: 'project-9' };

describe('replaying a unit from the money log', () => {
  it('the whole log gives the unit’s books and the last message replayed', () => {
    expect(unitReplayView(unit, entries)).toMatchObject({
      programme: 'grants',
      unitId: 'project-9',
      balance: '650.00',
      moneyIn: { total: '1050.00' },
      upTo: { seq: 13, occurredOn: '2024-02-15' },
      counts: { messages: 4 },
    });
  });

  it('a cut at a record time leaves out what the programme recorded after it', () => {
    expect(unitReplayView(unit, entries, { at: '2024-03-31T23:59:59Z' })).toMatchObject({
      balance: '600.00',
      upTo: { seq: 12 },
      counts: { messages: 3 },
    });
  });

  it('a cut at a position of the money log leaves out later arrivals', () => {
    expect(unitReplayView(unit, entries, { position: 11 })).toMatchObject({
      balance: '1000.00',
      disbursed: { total: '0.00' },
      upTo: { seq: 11 },
    });
  });

  it('a cut at a business date keeps what happened on or before it, even if recorded later', () => {
    expect(unitReplayView(unit, entries, { businessDate: '2024-02-20' })).toMatchObject({
      balance: '1050.00',
      disbursed: { total: '0.00' },
      counts: { messages: 3 },
    });
  });

  it('a cut before the unit’s first message replays nothing', () => {
    expect(unitReplayView(unit, entries, { businessDate: '2023-12-31' })).toMatchObject({
      unit: null,
      upTo: null,
      balance: '0.00',
      counts: { messages: 0 },
    });
  });

  it('a time, a day or a position that is not one is refused', () => {
    expect(() => unitReplayView(unit, entries, { at: 'yesterday' })).toThrow(RangeError);
    expect(() => unitReplayView(unit, entries, { businessDate: '2025-02-29' })).toThrow(RangeError);
    expect(() => unitReplayView(unit, entries, { position: -1 })).toThrow(RangeError);
    expect([isCalendarDay('2024-02-29'), isCalendarDay('2025-02-29'), isCalendarDay('2024-13-01'), isCalendarDay('24-01-01')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
