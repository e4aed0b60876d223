import { Money } from '@kongthun/kernel';
import { DEFAULT_MONEY_LIMIT, moneyLimitFrom } from './money-limit';
import { recordMatchingFundsRequest } from './fund-requests';
import { moneyUpTo } from './request-fields';

describe('the money limit of request fields', () => {
  it('is a billion baht unless KONGTHUN_MONEY_LIMIT_BAHT says otherwise', () => {
    expect(moneyLimitFrom({})).toEqual(Money.ofBaht(1_000_000_000));
    expect(moneyLimitFrom({ KONGTHUN_MONEY_LIMIT_BAHT: '5000000' })).toEqual(Money.ofBaht(5_000_000));
    expect(() => moneyLimitFrom({ KONGTHUN_MONEY_LIMIT_BAHT: '1e9' })).toThrow('whole number of baht');
  });

  it('a field refuses one satang above its limit with money.above-limit and accepts the limit itself', () => {
    const field = moneyUpTo(Money.ofBaht(100));
    expect(field.safeParse('100.00')).toMatchObject({ success: true });
    const refused = field.safeParse('100.01');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ code: 'custom', params: { refusal: 'money.above-limit' } });
  });

  it('matching money of 100,000,000,000,000,000,000.00 baht is refused by the default limit', () => {
    const body = {
      matchingId: 'mt-1',
      source: 'codi',
      sourceName: 'พอช.',
      fiscalYear: 2568,
      amount: '100,000,000,000,000,000,000.00',
      receivedOn: '2025-06-20',
      documentRef: 'd',
    };
    expect(recordMatchingFundsRequest.safeParse(body).error?.issues[0]).toMatchObject({
      params: { refusal: 'money.above-limit', limit: DEFAULT_MONEY_LIMIT.toJSON() },
    });
    expect(recordMatchingFundsRequest.safeParse({ ...body, amount: '1,000,000,000.00' }).success).toBe(true);
  });
});
