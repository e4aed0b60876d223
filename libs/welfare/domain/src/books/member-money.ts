import { Money } from '@kongthun/kernel';

/**
 * Money a member pays in (joining fee, contribution) from a stored event of the given fund, or
 * null: what the crediting process sums. Reversals are not here: they are debited one by one.
 */
export const memberMoneyIn = (event: { type: string; data: unknown }, fundId: string): Money | null => {
  const data = event.data as { fundId?: string; amount?: string; joiningFee?: string };
  if (data.fundId !== fundId) return null;
  if (event.type === 'welfare.member.enrolled' && typeof data.joiningFee === 'string') return Money.fromJSON(data.joiningFee);
  if (event.type === 'welfare.contribution.recorded' && typeof data.amount === 'string') return Money.fromJSON(data.amount);
  return null;
};
