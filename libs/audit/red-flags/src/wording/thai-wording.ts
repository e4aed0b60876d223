import { BUDDHIST_ERA_OFFSET, Money } from '@kongthun/kernel';

const MONTHS_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/**
 * A contract day as Thai readers expect it, Buddhist Era year: `10 พ.ค. 2566`. Written out here
 * rather than with ICU: a finding must read the same on every runtime.
 */
export const thaiDate = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS_TH[month - 1]} ${year + BUDDHIST_ERA_OFFSET}`;
};

/** `1,234.50 บาท`. */
export const bahtTh = (amount: Money): string => `${amount.format()} บาท`;
