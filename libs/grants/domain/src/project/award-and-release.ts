import { Money } from '@kongthun/kernel';
import { dayOf, refuse } from '../command';
import { requireWordsMatch } from '../rules/amount-words';
import { approvalTierFor, splitIntoTranches } from '../rules/grant-rules';
import { AwardGrant, ReleaseTranche } from './project.commands';
import { ProjectEvent } from './project.events';
import { requireStatus, requireUnrelated } from './project-refusals';
import { ProjectState, releasedTotal } from './project.state';

/**
 * The award (อนุมัติทุน) creates the agreement: only after the quorum has scored and most of the
 * panel recommend funding, by an approver whose tier covers the amount and who is not related
 * to the organisation. The budget's reservation of the same amount is decided on the budget stream.
 */
export const awardGrant = (command: AwardGrant, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['UnderReview'],
    'award.not-under-review',
    'Only a reviewed proposal can be awarded',
    'โครงการยังไม่ผ่านการพิจารณา',
  );
  const { awardId, amount, amountWords, conditions, endDate, decidedOn, rules } = command.data;
  const approverId = command.metadata.actor.userId;
  const scores = [...project.review!.scores.values()];
  if (scores.length < project.review!.quorum)
    throw refuse(
      'award.quorum-not-reached',
      `${scores.length} of ${project.review!.quorum} reviewers have scored`,
      'ผู้พิจารณายังไม่ครบองค์ประชุม',
      {
        scored: scores.length,
        quorum: project.review!.quorum,
      },
    );
  if (scores.filter((recommendation) => recommendation === 'fund').length * 2 <= scores.length)
    throw refuse('award.not-recommended', 'Most reviewers did not recommend funding', 'ผู้พิจารณาส่วนใหญ่ไม่เสนอให้สนับสนุน');
  requireUnrelated(project, approverId, 'award.conflict-of-interest');
  if (!amount.isGreaterThan(Money.zero) || amount.isGreaterThan(project.requested))
    throw refuse(
      'award.above-request',
      `An award is more than zero and at most the ${project.requested.format()} baht requested`,
      'วงเงินอนุมัติต้องไม่เกินยอดที่ขอ',
      {
        requested: project.requested.toJSON(),
      },
    );
  requireWordsMatch(amount, amountWords, 'award.amount-words-mismatch', 'award.amount-words-unreadable');
  if (decidedOn > dayOf(command.metadata.now))
    throw refuse('award.date-in-future', `The award is dated ${decidedOn}, after today`, 'วันที่อนุมัติอยู่ในอนาคต', { decidedOn });
  if (endDate <= decidedOn)
    throw refuse('award.end-before-start', 'The agreement ends after it is made', 'วันสิ้นสุดสัญญาต้องหลังวันอนุมัติ', { endDate });
  const tier = approvalTierFor(rules, approverId, amount);
  const amounts = splitIntoTranches(amount, rules.trancheSplitPercent);
  return [
    {
      type: 'grants.project.awarded',
      data: {
        projectId: project.projectId,
        programmeId: project.programmeId,
        fiscalYear: project.fiscalYear,
        organisationId: project.organisationId,
        awardId,
        amount: amount.toJSON(),
        amountWords,
        approverId,
        tier: tier.tier,
        reviewerIds: [...project.review!.scores.keys()],
        tranches: amounts.map((part, i) => ({
          number: i + 1,
          percent: rules.trancheSplitPercent[i],
          amount: part.toJSON(),
          plannedOn: null,
        })),
        releaseRequires: rules.releaseRequires,
        conditions,
        endDate,
        decidedOn,
        ruleVersion: rules.version,
      },
    },
  ];
};

/**
 * A tranche (งวด) is paid to the organisation's account only in order, only once, never beyond
 * the award, and from the second on only when the previous tranche's required reports are accepted.
 */
export const releaseTranche = (command: ReleaseTranche, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active'],
    'tranche.project-not-active',
    'Tranches are paid only under an active agreement',
    'โครงการไม่อยู่ในสถานะเบิกจ่ายได้',
  );
  const award = project.award!;
  const { trancheNumber, paidOn, method, reference, organisation } = command.data;
  const tranche = award.tranches.find((candidate) => candidate.number === trancheNumber);
  if (tranche === undefined)
    throw refuse('tranche.not-found', `The agreement has no tranche ${trancheNumber}`, 'ไม่พบงวดเงินนี้ในสัญญา', { trancheNumber });
  if (project.released.has(trancheNumber))
    throw refuse('tranche.already-released', `Tranche ${trancheNumber} is already paid`, 'งวดนี้เบิกจ่ายแล้ว', { trancheNumber });
  if (trancheNumber !== project.released.size + 1)
    throw refuse('tranche.out-of-order', `Tranche ${project.released.size + 1} comes first`, 'ต้องเบิกจ่ายงวดก่อนหน้าก่อน', {
      next: project.released.size + 1,
    });
  const previous = [...project.reports.entries()].filter(
    ([, report]) => report.trancheNumber === trancheNumber - 1 && report.status === 'accepted',
  );
  const missing = trancheNumber === 1 ? [] : award.releaseRequires.filter((kind) => !previous.some(([, report]) => report.kind === kind));
  if (missing.length > 0)
    throw refuse(
      'tranche.conditions-not-met',
      `Tranche ${trancheNumber - 1} still needs accepted ${missing.join(' and ')} reports`,
      'รายงานของงวดก่อนหน้ายังไม่ได้รับการรับรอง',
      {
        missing,
        ruleVersion: award.ruleVersion,
      },
    );
  const amount = Money.fromJSON(tranche.amount);
  if (releasedTotal(project).plus(amount).isGreaterThan(award.amount))
    throw refuse('tranche.beyond-award', 'Paying this tranche would exceed the award', 'การเบิกจ่ายเกินวงเงินที่อนุมัติ', {
      award: award.amount.toJSON(),
    });
  if (paidOn > award.endDate)
    throw refuse('tranche.after-agreement-end', `The agreement ended on ${award.endDate}`, 'สัญญาสิ้นสุดแล้ว', { endDate: award.endDate });
  return [
    {
      type: 'grants.tranche.released',
      data: {
        projectId: project.projectId,
        awardId: award.awardId,
        organisationId: project.organisationId,
        trancheNumber,
        amount: tranche.amount,
        paidOn,
        method,
        reference,
        accountHash: organisation.bankAccountHash,
        representativeCitizenIdHash: organisation.representativeCitizenIdHash,
        areaCode: project.areaCode,
        approverId: command.metadata.actor.userId,
        conditionsMet: previous.map(([reportId]) => reportId),
        ruleVersion: award.ruleVersion,
      },
    },
  ];
};
