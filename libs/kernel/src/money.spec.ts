import { assertNonNegative, Money } from './money';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('Money from satang', () => {
  it('takes a bigint or a safe integer number of satang', () => {
    expect(Money.ofSatang(123_450n).toDecimalString()).toBe('1234.50');
    expect(Money.ofSatang(-5).toDecimalString()).toBe('-0.05');
    expect(Money.ofBaht(49_500).toDecimalString()).toBe('49500.00');
  });

  it.each([0.5, 1.25, NaN, Infinity, -Infinity])('refuses %p satang as not a whole number', (satang) => {
    expect(() => Money.ofSatang(satang)).toThrow(refusal('money.not-integer'));
  });

  it('refuses a number beyond exact JS integers and asks for a bigint instead', () => {
    expect(() => Money.ofSatang(2 ** 53)).toThrow(refusal('money.unsafe-integer'));
    expect(Money.ofSatang(2n ** 53n + 1n).satang).toBe(9_007_199_254_740_993n);
  });

  it('refuses fractional baht in ofBaht', () => {
    expect(() => Money.ofBaht(1.5)).toThrow(refusal('money.not-integer'));
  });
});

describe('Money from figures', () => {
  it.each([
    ['1,234.50', '1234.50'],
    ['1234.5', '1234.50'],
    ['1234', '1234.00'],
    ['0.05', '0.05'],
    ['0', '0.00'],
    ['฿1,234.50', '1234.50'],
    ['฿ 99', '99.00'],
    ['380,000 บาท', '380000.00'],
    ['6,749,210.00บาท', '6749210.00'],
    ['  12.30  ', '12.30'],
    ['-1,234.50', '-1234.50'],
    ['๖,๗๔๙,๒๑๐', '6749210.00'],
    ['1,000,000,000,000,000.01', '1000000000000000.01'],
  ])('reads "%s" as %s', (figures, decimal) => {
    expect(Money.parse(figures).toDecimalString()).toBe(decimal);
  });

  it.each([
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['-', 'money.malformed'],
    ['1,23.4', 'money.malformed'],
    ['12,34', 'money.malformed'],
    ['1234,567', 'money.malformed'],
    [',123', 'money.malformed'],
    ['1e5', 'money.malformed'],
    ['NaN', 'money.malformed'],
    ['Infinity', 'money.malformed'],
    ['0x10', 'money.malformed'],
    ['1234.', 'money.malformed'],
    ['.5', 'money.malformed'],
    ['007', 'money.malformed'],
    ['1 234', 'money.malformed'],
    ['+5', 'money.malformed'],
    ['฿-5', 'money.malformed'],
    ['5 USD', 'money.malformed'],
    ['1.2.3', 'money.malformed'],
    ['12.345', 'money.fractional-satang'],
    ['0.001', 'money.fractional-satang'],
  ])('refuses "%s" with %s', (figures, code) => {
    expect(() => Money.parse(figures)).toThrow(refusal(code));
  });
});

describe('Money written out', () => {
  it.each([
    [123_450n, '1,234.50', '1234.50'],
    [0n, '0.00', '0.00'],
    [5n, '0.05', '0.05'],
    [100_000_000n, '1,000,000.00', '1000000.00'],
    [674_921_000n, '6,749,210.00', '6749210.00'],
    [-123_456n, '-1,234.56', '-1234.56'],
    [99_999n, '999.99', '999.99'],
  ])('%p satang formats as %s for people and %s for machines', (satang, formatted, decimal) => {
    const money = Money.ofSatang(satang);
    expect(money.format()).toBe(formatted);
    expect(money.toDecimalString()).toBe(decimal);
    expect(String(money)).toBe(decimal);
  });

  it('travels in JSON as a decimal string and comes back equal', () => {
    const json = JSON.stringify({ amount: Money.parse('1,234.50') });

    expect(json).toBe('{"amount":"1234.50"}');
    expect(Money.fromJSON(JSON.parse(json).amount).equals(Money.ofSatang(123_450n))).toBe(true);
  });

  it.each(['1234.5', '1,234.50', '1234', '฿1.00', '01.00', '-0.5', ' 1.00'])(
    'refuses "%s" as stored JSON, which is always written as 1234.50',
    (json) => {
      expect(() => Money.fromJSON(json)).toThrow(refusal('money.malformed'));
    },
  );

  it('refuses a JSON number, which has already been through floating point', () => {
    expect(() => Money.fromJSON(1234.5 as unknown as string)).toThrow(refusal('money.malformed'));
  });

  it('reads back what it formats, for people and for machines', () => {
    const samples = [0n, 1n, 99n, 100n, 123_456_789n, 10n ** 13n, -987_654_321n];
    for (const satang of samples) {
      const money = Money.ofSatang(satang);
      expect(Money.parse(money.format()).satang).toBe(satang);
      expect(Money.fromJSON(money.toJSON()).satang).toBe(satang);
    }
  });
});

describe('Money arithmetic', () => {
  const baht = (figures: string) => Money.parse(figures);

  it('adds and subtracts exactly where floating point would not', () => {
    const tenCents = Array.from({ length: 10 }, () => baht('0.10'));
    expect(Money.sum(tenCents).toDecimalString()).toBe('1.00');
    expect(baht('0.30').minus(baht('0.10')).toDecimalString()).toBe('0.20');
    expect(baht('1,000.25').plus(baht('0.75')).toDecimalString()).toBe('1001.00');
  });

  it('sums nothing to zero', () => {
    expect(Money.sum([]).equals(Money.zero)).toBe(true);
  });

  it('multiplies by whole counts only: 30 baht a month for 12 months is 360 baht', () => {
    expect(baht('30').times(12).toDecimalString()).toBe('360.00');
    expect(() => baht('30').times(1.5)).toThrow(refusal('money.not-integer'));
  });

  it('compares and sorts by amount', () => {
    const amounts = [baht('5'), baht('-1'), baht('0.99')].sort(Money.compare);

    expect(amounts.map(String)).toEqual(['-1.00', '0.99', '5.00']);
    expect(baht('2').compareTo(baht('2.00'))).toBe(0);
    expect(baht('2').isGreaterThan(baht('1.99'))).toBe(true);
    expect(baht('2').isLessThan(baht('1.99'))).toBe(false);
    expect(baht('1').negated().isNegative()).toBe(true);
    expect(baht('0.00').isZero()).toBe(true);
  });

  it('never changes: operations return new amounts and the object is frozen', () => {
    const amount = baht('10');
    amount.plus(baht('5'));

    expect(amount.toDecimalString()).toBe('10.00');
    expect(Object.isFrozen(amount)).toBe(true);
  });
});

describe('assertNonNegative', () => {
  it('lets zero and positive amounts through unchanged', () => {
    const amount = Money.parse('1.00');
    expect(assertNonNegative(amount)).toBe(amount);
    expect(assertNonNegative(Money.zero)).toBe(Money.zero);
  });

  it('refuses a negative amount with money.negative', () => {
    expect(() => assertNonNegative(Money.parse('-0.01'), 'Contribution')).toThrow(refusal('money.negative'));
  });
});
