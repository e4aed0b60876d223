import { Money } from '@kongthun/kernel';
import { dayOf, refuse } from '../command';
import { AmendAgreement, CloseProject, RecordRefund } from './project.commands';
import { ProjectEvent, Tranche } from './project.events';
import { requireStatus } from './project-refusals';
import { acceptedSpending, KnownProject, ProjectState, releasedTotal } from './project.state';

/** Unpaid tranches re-cut to a smaller agreement: earlier ones kept while they fit, the last ones cut. */
const recut = (project: KnownProject, newAmount: Money): Tranche[] => {
  let room = newAmount.minus(releasedTotal(project));
  return project.award!.tranches.flatMap((tranche) => {
    if (project.released.has(tranche.number)) return [tranche];
    const amount = Money.fromJSON(tranche.amount);
    const kept = amount.isGreaterThan(room) ? room : amount;
    room = room.minus(kept);
    return kept.isZero() ? [] : [{ ...tranche, amount: kept.toJSON() }];
  });
};

/**
 * Amendments (แก้ไขสัญญา): reduce (never below what was paid), extend the end date, or cancel
 * (the agreement stops at what was paid). What a cut takes off the commitment returns to the budget.
 */
export const amendAgreement = (command: AmendAgreement, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active'],
    'amendment.project-not-active',
    'Only an active agreement is amended',
    'แก้ไขได้เฉพาะสัญญาที่ยังดำเนินการ',
  );
  const award = project.award!;
  const { amendmentId, kind, newAmount, newEndDate, reason, documentRef } = command.data;
  if (project.amendmentIds.has(amendmentId))
    throw refuse('amendment.duplicate', `Amendment ${amendmentId} exists`, 'มีการแก้ไขสัญญารหัสนี้แล้ว', { amendmentId });
  if (documentRef.trim() === '')
    throw refuse('amendment.document-required', 'An amendment rests on a document', 'การแก้ไขสัญญาต้องมีเอกสารอ้างอิง');
  const released = releasedTotal(project);
  let amount = award.amount;
  let endDate = award.endDate;
  if (kind === 'reduce') {
    if (newAmount === null || !newAmount.isLessThan(award.amount))
      throw refuse('amendment.not-a-reduction', 'A reduction names a smaller amount', 'การลดวงเงินต้องระบุวงเงินที่น้อยลง');
    if (newAmount.isLessThan(released))
      throw refuse('amendment.below-released', `${released.format()} baht is already paid`, 'วงเงินใหม่ต่ำกว่าเงินที่เบิกจ่ายแล้ว', {
        released: released.toJSON(),
      });
    amount = newAmount;
  } else if (kind === 'extend') {
    if (newEndDate === null || newEndDate <= award.endDate)
      throw refuse('amendment.not-an-extension', `An extension ends after ${award.endDate}`, 'การขยายเวลาต้องสิ้นสุดหลังวันเดิม', {
        endDate: award.endDate,
      });
    endDate = newEndDate;
  } else {
    amount = released;
  }
  return [
    {
      type: 'grants.agreement.amended',
      data: {
        projectId: project.projectId,
        awardId: award.awardId,
        amendmentId,
        kind,
        amount: amount.toJSON(),
        endDate,
        returned: award.amount.minus(amount).toJSON(),
        tranches: recut(project, amount),
        reason,
        documentRef,
        amendedOn: dayOf(command.metadata.now),
        amendedBy: command.metadata.actor.userId,
      },
    },
  ];
};

/** What the organisation holds unspent: paid, less accepted spending, less what it already gave back. */
export const unspentOf = (project: KnownProject): Money => releasedTotal(project).minus(acceptedSpending(project)).minus(project.refunded);

/** `total` spread over the paid tranches, latest first, each up to its amount. */
const latestFirst = (project: KnownProject, total: Money): Map<number, Money> => {
  const spread = new Map<number, Money>();
  let left = total;
  for (const [number, paid] of [...project.released.entries()].sort(([a], [b]) => b - a)) {
    const part = paid.isLessThan(left) ? paid : left;
    spread.set(number, part);
    left = left.minus(part);
  }
  return spread;
};

/** The tranches this refund comes back from: all refunds so far spread latest first, less the earlier ones. */
const fromTranches = (project: KnownProject, amount: Money) => {
  const before = latestFirst(project, project.refunded);
  return [...latestFirst(project, project.refunded.plus(amount)).entries()]
    .map(([trancheNumber, upTo]) => ({ trancheNumber, amount: upTo.minus(before.get(trancheNumber) ?? Money.zero) }))
    .filter((part) => !part.amount.isZero())
    .map((part) => ({ trancheNumber: part.trancheNumber, amount: part.amount.toJSON() }));
};

/** A refund (เงินเหลือจ่ายส่งคืน) of unspent money: never more than the organisation holds unspent. */
export const recordRefund = (command: RecordRefund, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active', 'Cancelled'],
    'refund.project-not-active',
    'Refunds come under an agreement',
    'โครงการไม่อยู่ในสถานะรับเงินคืนได้',
  );
  const { refundId, amount, receivedOn, documentRef } = command.data;
  if (project.refundIds.has(refundId)) throw refuse('refund.duplicate', `Refund ${refundId} exists`, 'บันทึกเงินคืนนี้แล้ว', { refundId });
  const unspent = unspentOf(project);
  if (!amount.isGreaterThan(Money.zero) || amount.isGreaterThan(unspent))
    throw refuse('refund.beyond-unspent', `The organisation holds ${unspent.format()} baht unspent`, 'เงินคืนเกินยอดเงินคงเหลือของโครงการ', {
      unspent: unspent.toJSON(),
    });
  return [
    {
      type: 'grants.refund.received',
      data: {
        projectId: project.projectId,
        awardId: project.award!.awardId,
        refundId,
        amount: amount.toJSON(),
        receivedOn,
        documentRef,
        fromTranches: fromTranches(project, amount),
      },
    },
  ];
};

/**
 * Close-out (ปิดโครงการ): no report still pending and nothing unspent left unrefunded. Unpaid
 * tranches lapse and their commitment returns to the budget.
 */
export const closeProject = (command: CloseProject, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active', 'Cancelled'],
    'closeout.project-not-active',
    'Only an agreement is closed',
    'ปิดได้เฉพาะโครงการที่มีสัญญา',
  );
  if ([...project.reports.values()].some((report) => report.status === 'pending'))
    throw refuse('closeout.reports-pending', 'A report is still awaiting review', 'ยังมีรายงานรอการพิจารณา');
  const unspent = unspentOf(project);
  if (!unspent.isZero())
    throw refuse(
      'closeout.unspent-not-refunded',
      `${unspent.format()} baht is neither accounted for nor refunded`,
      'ยังมีเงินคงเหลือที่ไม่ได้ส่งคืน',
      { unspent: unspent.toJSON() },
    );
  const released = releasedTotal(project);
  return [
    {
      type: 'grants.project.closed',
      data: {
        projectId: project.projectId,
        awardId: project.award!.awardId,
        released: released.toJSON(),
        spent: acceptedSpending(project).toJSON(),
        refunded: project.refunded.toJSON(),
        returnedToBudget: project.award!.amount.minus(released).toJSON(),
        closedOn: dayOf(command.metadata.now),
        closedBy: command.metadata.actor.userId,
      },
    },
  ];
};
