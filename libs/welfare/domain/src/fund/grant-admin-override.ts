import { rulesInForceOn } from './fund-rules';
import { GrantAdminOverride } from './fund.commands';
import { AdminOverrideGranted } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requireCommitteeMember, requirePositive, requireRegistered, requireText, todayOf } from './refusals';

/**
 * A committee resolution (มติคณะกรรมการ) allowing one administration spending over the cap, up to
 * `amount`. Exceptional, so it needs the larger quorum the rules set for large claims, and it is
 * recorded by a committee member who is one of the approvers.
 */
export const grantAdminOverride = (command: GrantAdminOverride, state: FundState): AdminOverrideGranted[] => {
  const fund = requireRegistered(state);
  const { overrideId, amount, purpose, resolutionRef, approverIds } = command.data;
  requireCommitteeMember(fund, command.metadata.actor.userId);
  if (fund.overrides.has(overrideId))
    throw refuse('admin-override.duplicate', `Override ${overrideId} exists`, 'มีมติรายการนี้แล้ว', { overrideId });
  requirePositive(amount, 'admin.amount-not-positive');
  const approvers = [...new Set(approverIds)];
  for (const userId of approvers) requireCommitteeMember(fund, userId, 'admin-override.approver-not-committee');
  if (!approvers.includes(command.metadata.actor.userId)) {
    throw refuse(
      'admin-override.recorder-not-approver',
      'The committee member recording the override must be one of its approvers',
      'ผู้บันทึกมติต้องเป็นหนึ่งในกรรมการผู้อนุมัติ',
    );
  }
  const rules = rulesInForceOn(fund.rules, todayOf(command.metadata));
  const required = rules.approval.approvalsAboveLimit;
  if (approvers.length < required) {
    throw refuse(
      'admin-override.quorum-not-met',
      `An override needs ${required} committee approvals, got ${approvers.length}`,
      `มติเกินเพดานค่าบริหารต้องมีกรรมการอนุมัติ ${required} คน`,
      { required, given: approvers.length },
    );
  }
  return [
    {
      type: 'welfare.admin-override.granted',
      data: {
        fundId: fund.fundId,
        overrideId,
        amount: amount.toJSON(),
        purpose: requireText(purpose, 'admin.purpose-required', 'A purpose', 'วัตถุประสงค์'),
        resolutionRef: requireText(resolutionRef, 'admin.resolution-required', 'A resolution reference', 'เลขที่มติ'),
        approverIds: approvers,
        rulesVersion: rules.version,
      },
    },
  ];
};
