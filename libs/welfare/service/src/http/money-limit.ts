import { Money } from '@kongthun/kernel';

/** A billion baht: far above any community fund's year, far below where a typo of extra zeros lands. */
export const DEFAULT_MONEY_LIMIT = Money.ofBaht(1_000_000_000);

/**
 * The largest amount a money field of a request accepts, unless the field sets its own. A deployment
 * may move it with `KONGTHUN_MONEY_LIMIT_BAHT` (whole baht), read once when the service starts.
 */
export const moneyLimitFrom = (env: Record<string, string | undefined>): Money => {
  const configured = env.KONGTHUN_MONEY_LIMIT_BAHT?.trim();
  if (configured === undefined || configured === '') return DEFAULT_MONEY_LIMIT;
  if (!/^[1-9]\d{0,15}$/.test(configured)) throw new Error(`KONGTHUN_MONEY_LIMIT_BAHT must be a whole number of baht, got "${configured}"`);
  return Money.ofBaht(BigInt(configured));
};

export const MONEY_LIMIT = moneyLimitFrom(process.env);
