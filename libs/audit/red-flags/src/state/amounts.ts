import { Money } from '@kongthun/kernel';

/** A contract or stored amount (`"1234.50"`, a stored difference may be negative). */
export const amountOf = (text: string): Money => (text.startsWith('-') ? Money.parse(text.slice(1)).negated() : Money.parse(text));

export const addAmounts = (a: string, b: string): string => amountOf(a).plus(amountOf(b)).toJSON();
export const subtractAmounts = (a: string, b: string): string => amountOf(a).minus(amountOf(b)).toJSON();

/** At most the limit, and no more than `marginPercent` of it below ("just under"). */
export const justUnderLimit = (amount: Money, limit: Money, marginPercent: number): boolean => {
  const floor = Money.ofSatang((limit.satang * BigInt(100 - marginPercent)) / 100n);
  return amount.isLessThan(limit) && !amount.isLessThan(floor);
};
