import { Money } from '@kongthun/kernel';
import { BenefitScheme } from '../fund/fund-rules';

/** The most one claim may ask for under a scheme: the amount, or the nightly rate × nights in hospital. */
export const entitlementFor = (scheme: BenefitScheme, hospitalNights: number | null): Money =>
  scheme.per === 'hospital-night' ? scheme.amount.times(hospitalNights ?? 0) : scheme.amount;
