import { wouldOverdraw } from '../policies/overdraft';
import { PayClaim } from './fund.commands';
import { PayoutMade } from './fund.events';
import { balanceOf, FundState } from './fund.state';
import { approversOf } from './approvers';
import { requireFundDate, requireNotBeforeApproval } from './plausible-dates';
import { refuse, requireClaim, requireMember, requireRegistered, requireText } from './refusals';

const METHODS = ['cash', 'bank-transfer', 'promptpay'];

/**
 * Pays an approved claim in full (จ่ายเงินสวัสดิการ) by cash, bank transfer or PromptPay. The
 * reference is a receipt or transaction number; account numbers and PromptPay ids are personal
 * data and reach the event only as the keyed hash the service made of them. A payout the fund's balance cannot cover is refused.
 */
export const payClaim = (command: PayClaim, state: FundState): PayoutMade[] => {
  const fund = requireRegistered(state);
  const { payoutId, claimId, method, reference, paidOn, payeeAccountHash } = command.data;
  if (fund.payouts.has(payoutId)) throw refuse('payout.duplicate', `Payout ${payoutId} exists`, 'มีรายการจ่ายนี้แล้ว', { payoutId });
  const claim = requireClaim(fund, claimId);
  if (claim.status === 'paid')
    throw refuse('claim.already-paid', `Claim ${claimId} was paid by ${claim.payoutId}`, 'คำขอนี้จ่ายเงินแล้ว', { payoutId: claim.payoutId });
  if (claim.status !== 'approved')
    throw refuse('claim.not-approved', `Claim ${claimId} is ${claim.status}`, 'คำขอนี้ยังไม่ได้รับอนุมัติ', { status: claim.status });
  if (!METHODS.includes(method)) throw refuse('payout.unknown-method', `Unknown payment method ${String(method)}`, 'ไม่รู้จักวิธีการจ่ายเงินนี้');
  const ref = requireText(reference, 'payout.reference-required', 'A receipt or transaction reference', 'เลขที่ใบสำคัญจ่ายหรือเลขอ้างอิงการโอน');
  if (method !== 'cash' && payeeAccountHash === null) {
    throw refuse(
      'payout.payee-account-required',
      'A transfer or PromptPay payout needs the account or PromptPay id paid into',
      'การโอนเงินหรือพร้อมเพย์ต้องระบุเลขบัญชีหรือพร้อมเพย์ของผู้รับ',
      { method },
    );
  }
  requireFundDate(paidOn, 'paidOn', fund, command.metadata);
  requireNotBeforeApproval(paidOn, claim);
  const member = requireMember(fund, claim.memberId);
  const balance = balanceOf(fund.ledger);
  if (wouldOverdraw(balance, claim.amount)) {
    throw refuse(
      'payout.overdraft',
      `Paying ${claim.amount.format()} baht would overdraw the fund (balance ${balance.format()})`,
      `ยอดเงินกองทุนคงเหลือ ${balance.format()} บาท ไม่พอจ่าย`,
      { balance: balance.toJSON(), amount: claim.amount.toJSON() },
    );
  }
  return [
    {
      type: 'welfare.payout.made',
      data: {
        fundId: fund.fundId,
        payoutId,
        claimId,
        memberId: claim.memberId,
        amount: claim.amount.toJSON(),
        method,
        reference: ref,
        paidOn,
        payeeAccountHash,
        recipientCitizenIdHash: member.citizenIdHash,
        memberSince: member.enrolledOn,
        benefit: claim.benefit,
        eventDate: claim.eventDate,
        approvers: approversOf(fund, claim.approverIds),
        rulesVersion: claim.rulesVersion,
      },
    },
  ];
};
