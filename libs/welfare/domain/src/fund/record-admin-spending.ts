import { adminCostCap, withinAdminCostCap } from '../policies/admin-cost-cap';
import { wouldOverdraw } from '../policies/overdraft';
import { rulesInForceOn } from './fund-rules';
import { RecordAdminSpending } from './fund.commands';
import { AdminSpendingRecorded } from './fund.events';
import { balanceOf, FundState, RegisteredFund, totalReceived } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requirePositive, requireRegistered, requireText, todayOf } from './refusals';

const requireUsableOverride = (fund: RegisteredFund, overrideId: string, amount: RecordAdminSpending['data']['amount']): void => {
  const override = fund.overrides.get(overrideId);
  if (override === undefined) throw refuse('admin-override.not-found', `No override ${overrideId}`, 'ไม่พบมติอนุมัติเกินเพดาน', { overrideId });
  if (override.used) throw refuse('admin-override.already-used', `Override ${overrideId} was already used`, 'มตินี้ถูกใช้ไปแล้ว', { overrideId });
  if (amount.isGreaterThan(override.amount)) {
    throw refuse(
      'admin-override.exceeded',
      `Override ${overrideId} allows at most ${override.amount.format()} baht`,
      `มติอนุมัติไม่เกิน ${override.amount.format()} บาท`,
      { overrideId, allowed: override.amount.toJSON(), amount: amount.toJSON() },
    );
  }
};

/**
 * Administration spending (ค่าบริหารจัดการ) may not overdraw the fund, and may not take total
 * administration past the cap unless it names an unused committee override that covers it.
 */
export const recordAdminSpending = (command: RecordAdminSpending, state: FundState): AdminSpendingRecorded[] => {
  const fund = requireRegistered(state);
  const { spendingId, amount, purpose, spentOn, documentRef, overrideId } = command.data;
  if (fund.recordedIds.has(spendingId))
    throw refuse('admin.duplicate', `Spending ${spendingId} is already recorded`, 'บันทึกรายการนี้แล้ว', { spendingId });
  requirePositive(amount, 'admin.amount-not-positive');
  requireFundDate(spentOn, 'spentOn', fund, command.metadata);
  const balance = balanceOf(fund.ledger);
  if (wouldOverdraw(balance, amount)) {
    throw refuse(
      'admin.overdraft',
      `Spending ${amount.format()} baht would overdraw the fund (balance ${balance.format()})`,
      `ยอดเงินคงเหลือไม่พอ (คงเหลือ ${balance.format()} บาท)`,
      { balance: balance.toJSON(), amount: amount.toJSON() },
    );
  }
  const rules = rulesInForceOn(fund.rules, todayOf(command.metadata));
  const received = totalReceived(fund.ledger);
  if (overrideId !== null) requireUsableOverride(fund, overrideId, amount);
  else if (!withinAdminCostCap(fund.ledger.adminSpent, amount, received, rules.adminCostCapPercent)) {
    const cap = adminCostCap(received, rules.adminCostCapPercent);
    throw refuse(
      'admin.cap-exceeded',
      `Administration would exceed ${rules.adminCostCapPercent}% of money received (${cap.format()} baht)`,
      `ค่าบริหารจัดการจะเกินร้อยละ ${rules.adminCostCapPercent} ของเงินกองทุน ต้องมีมติคณะกรรมการอนุมัติเกินเพดาน`,
      { cap: cap.toJSON(), spent: fund.ledger.adminSpent.toJSON(), amount: amount.toJSON(), rulesVersion: rules.version },
    );
  }
  return [
    {
      type: 'welfare.admin-spending.recorded',
      data: {
        fundId: fund.fundId,
        spendingId,
        amount: amount.toJSON(),
        purpose: requireText(purpose, 'admin.purpose-required', 'A purpose', 'วัตถุประสงค์'),
        spentOn,
        documentRef: requireText(documentRef, 'admin.document-required', 'A document reference', 'เลขที่เอกสารอ้างอิง'),
        overrideId,
        rulesVersion: rules.version,
      },
    },
  ];
};
