import { commitment, disbursement, moneyIn, reversal, unitDeclared } from '@kongthun/finance-model/testing';
import { MoneyMessage } from '@kongthun/money-contract';

/** A small deterministic generator (mulberry32), so a failing log can be regenerated from its seed. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const UNITS = [
  { programme: 'welfare', unitId: 'talat-yai', areas: ['830101'] },
  { programme: 'welfare', unitId: 'wichit', areas: ['830102'] },
  { programme: 'grants', unitId: 'codi-19-1', areas: ['190101'] },
  { programme: 'grants', unitId: 'codi-19-2', areas: ['190301'] },
  { programme: 'relief', unitId: 'flood-19', areas: ['1901', '1903'] },
  { programme: 'relief', unitId: 'national', areas: ['19', '83'] },
];
const SOURCES = ['member-contribution', 'joining-fee', 'matching', 'budget-allocation', 'donation', 'other'] as const;

/**
 * A money log across three programmes and two provinces, with every kind of movement, reversals
 * and refunds of each, and days spread over two fiscal years.
 */
export const randomMoneyLog = (seed: number, size: number): MoneyMessage[] => {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const amount = () => `${Math.floor(random() * 100_000)}.${String(Math.floor(random() * 100)).padStart(2, '0')}`;
  const day = () => {
    const t = Date.UTC(2022, 8, 1) + Math.floor(random() * 540) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const log: MoneyMessage[] = UNITS.map((unit) => unitDeclared(unit.programme, unit.unitId, unit.areas));
  const done: {
    unit: (typeof UNITS)[number];
    type: 'money.in.received' | 'money.commitment.made' | 'money.disbursement.made';
    id: string;
  }[] = [];
  for (let index = 0; index < size; index += 1) {
    const unit = pick(UNITS);
    const id = `m-${seed}-${index}`;
    const roll = random();
    if (roll < 0.25) {
      log.push(moneyIn(unit.programme, unit.unitId, id, amount(), day(), pick(SOURCES)));
      done.push({ unit, type: 'money.in.received', id });
    } else if (roll < 0.45) {
      log.push(commitment(unit.programme, unit.unitId, id, amount(), day(), pick(['sickness', 'tranche', 'flood'])));
      done.push({ unit, type: 'money.commitment.made', id });
    } else if (roll < 0.85) {
      const area = `${pick(unit.areas).slice(0, 4).padEnd(4, '01')}${String(1 + Math.floor(random() * 3)).padStart(2, '0')}`;
      log.push(disbursement(unit.programme, unit.unitId, id, amount(), day(), area, pick(['sickness', 'funeral', 'tranche'])));
      done.push({ unit, type: 'money.disbursement.made', id });
    } else if (done.length > 0) {
      const target = pick(done);
      log.push(
        reversal(
          target.unit.programme,
          target.unit.unitId,
          id,
          { type: target.type, id: target.id },
          amount(),
          day(),
          pick(['reversal', 'refund']),
        ),
      );
    }
  }
  return log;
};
