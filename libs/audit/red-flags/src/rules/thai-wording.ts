import { BUDDHIST_ERA_OFFSET, Money } from '@kongthun/kernel';
import { BenefitKind, CalendarDate } from '@kongthun/welfare-domain';

const MONTHS_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/**
 * A calendar date as Thai readers expect it, Buddhist Era year: `10 พ.ค. 2566`. Written out here
 * rather than with ICU: a finding must read the same on every runtime, and a replay never fails
 * on a missing locale.
 */
export const thaiDate = (date: CalendarDate): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS_TH[month - 1]} ${year + BUDDHIST_ERA_OFFSET}`;
};

/** Benefit names as fund rules write them (ประเภทสวัสดิการ). */
export const BENEFIT_TH: Readonly<Record<BenefitKind, string>> = {
  birth: 'คลอดบุตร',
  sickness: 'เจ็บป่วย',
  death: 'เสียชีวิต',
  elderly: 'ผู้สูงอายุ',
  disability: 'ผู้พิการ',
  education: 'การศึกษา',
};

/** `1,234.50 บาท`. */
export const baht = (amount: Money): string => `${amount.format()} บาท`;
