import { Money } from '@kongthun/kernel';

/** The fund cannot pay out money it does not hold (ห้ามจ่ายเกินยอดเงินคงเหลือ); paying it down to zero is fine. */
export const wouldOverdraw = (balance: Money, amount: Money): boolean => amount.isGreaterThan(balance);
