import { adminSpendingOverCap } from './admin-spending-over-cap';
import { amountWordsMismatch } from './amount-words-mismatch';
import { approvedAboveYearlyCap } from './approved-above-yearly-cap';
import { approvedInWaitingPeriod } from './approved-in-waiting-period';
import { conflictedApprover } from './conflicted-approver';
import { duplicatePayment } from './duplicate-payment';
import { paidOutsideUnit } from './paid-outside-unit';
import { payoutAboveApproved } from './payout-above-approved';
import { awardsConcentrated, awardsSplitUnderTier } from './grant-awards';
import { receiptClaimedTwice } from './receipt-claimed-twice';
import { RedFlagRule } from './red-flag-rule';
import { trancheWithoutAcceptedReport } from './tranche-without-accepted-report';
import { sharedPayeeAccount } from './shared-payee-account';
import { splitUnderApprovalLimit } from './split-under-approval-limit';
import { certifierAbovePeers } from './certifier-above-peers';
import { villageOverHouseholds } from './village-over-households';

/** Every rule, in the order their findings are reported for one message. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  duplicatePayment,
  payoutAboveApproved,
  splitUnderApprovalLimit,
  conflictedApprover,
  paidOutsideUnit,
  sharedPayeeAccount,
  amountWordsMismatch,
  adminSpendingOverCap,
  approvedInWaitingPeriod,
  approvedAboveYearlyCap,
  receiptClaimedTwice,
  trancheWithoutAcceptedReport,
  awardsConcentrated,
  awardsSplitUnderTier,
  villageOverHouseholds,
  certifierAbovePeers,
];
