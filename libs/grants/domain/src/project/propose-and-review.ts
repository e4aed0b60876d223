import { AreaCode, Money } from '@kongthun/kernel';
import { dayOf, refuse } from '../command';
import { requireWordsMatch } from '../rules/amount-words';
import { lowestTierCeiling } from '../rules/grant-rules';
import { DeclareRelation, OpenReview, RejectProposal, ScoreProposal, SubmitProposal } from './project.commands';
import { ProjectEvent } from './project.events';
import { requireProject, requireStatus, requireUnrelated } from './project-refusals';
import { ProjectState } from './project.state';

export const submitProposal = (command: SubmitProposal, state: ProjectState): ProjectEvent[] => {
  if (state.status !== 'None') throw refuse('proposal.duplicate', 'A project with this id exists', 'มีโครงการรหัสนี้แล้ว');
  const d = command.data;
  AreaCode.parse(d.areaCode);
  if (!d.areaCode.startsWith(d.organisation.areaCode.slice(0, 2)))
    throw refuse(
      'proposal.area-outside-organisation',
      `Area ${d.areaCode} is outside the organisation's province`,
      'พื้นที่โครงการอยู่นอกจังหวัดขององค์กร',
      {
        areaCode: d.areaCode,
        organisationArea: d.organisation.areaCode,
      },
    );
  if (d.objectives.length === 0 || d.documentRefs.length === 0)
    throw refuse(
      'proposal.incomplete',
      'A proposal states its objectives and attaches its documents',
      'ข้อเสนอโครงการต้องมีวัตถุประสงค์และเอกสารแนบ',
    );
  const linesTotal = Money.sum(d.budgetLines.map((line) => line.amount));
  if (d.budgetLines.length === 0 || !linesTotal.equals(d.requestedAmount))
    throw refuse(
      'proposal.lines-mismatch',
      `Budget lines sum to ${linesTotal.format()}, not the ${d.requestedAmount.format()} requested`,
      'ผลรวมรายการงบประมาณไม่เท่ากับยอดที่ขอ',
      {
        linesTotal: linesTotal.toJSON(),
        requested: d.requestedAmount.toJSON(),
      },
    );
  requireWordsMatch(d.requestedAmount, d.requestedAmountWords, 'proposal.amount-words-mismatch', 'proposal.amount-words-unreadable');
  if (d.plannedTranches.length !== d.rules.trancheSplitPercent.length)
    throw refuse(
      'proposal.tranches-mismatch',
      `The programme pays in ${d.rules.trancheSplitPercent.length} tranches`,
      'จำนวนงวดไม่ตรงกับหลักเกณฑ์ของแผนงาน',
      {
        expected: d.rules.trancheSplitPercent.length,
        ruleVersion: d.rules.version,
      },
    );
  return [
    {
      type: 'grants.proposal.submitted',
      data: {
        projectId: d.projectId,
        programmeId: d.programmeId,
        fiscalYear: d.fiscalYear,
        organisationId: d.organisation.organisationId,
        organisationName: d.organisation.name,
        title: d.title,
        objectives: d.objectives,
        areaCode: d.areaCode,
        budgetLines: d.budgetLines.map((line) => ({ ...line, amount: line.amount.toJSON() })),
        requestedAmount: d.requestedAmount.toJSON(),
        requestedAmountWords: d.requestedAmountWords,
        plannedTranches: d.plannedTranches,
        plannedEndOn: d.plannedEndOn,
        documentRefs: d.documentRefs,
        submittedOn: dayOf(command.metadata.now),
        ruleVersion: d.rules.version,
        approvalLimit: lowestTierCeiling(d.rules),
      },
    },
  ];
};

export const declareRelation = (command: DeclareRelation, state: ProjectState): ProjectEvent[] => {
  const project = requireProject(state);
  if (project.related.has(command.data.userId)) return [];
  return [
    {
      type: 'grants.project.relation-declared',
      data: {
        projectId: project.projectId,
        organisationId: project.organisationId,
        ...command.data,
        declaredOn: dayOf(command.metadata.now),
      },
    },
  ];
};

export const openReview = (command: OpenReview, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Proposed'],
    'review.not-proposed',
    'Only a proposed project goes to review',
    'โครงการไม่อยู่ในสถานะรอพิจารณา',
  );
  const { reviewerIds, rules } = command.data;
  const panel = [...new Set(reviewerIds)];
  if (panel.length < rules.reviewQuorum)
    throw refuse('review.panel-below-quorum', `The panel needs at least ${rules.reviewQuorum} reviewers`, 'จำนวนผู้พิจารณาน้อยกว่าองค์ประชุม', {
      quorum: rules.reviewQuorum,
      ruleVersion: rules.version,
    });
  panel.forEach((userId) => requireUnrelated(project, userId, 'review.conflict-of-interest'));
  return [
    {
      type: 'grants.review.opened',
      data: {
        projectId: project.projectId,
        reviewerIds: panel,
        quorum: rules.reviewQuorum,
        ruleVersion: rules.version,
        openedOn: dayOf(command.metadata.now),
      },
    },
  ];
};

export const scoreProposal = (command: ScoreProposal, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(state, ['UnderReview'], 'review.not-open', 'The project is not under review', 'โครงการไม่อยู่ระหว่างการพิจารณา');
  const reviewerId = command.metadata.actor.userId;
  if (!project.review!.reviewerIds.includes(reviewerId))
    throw refuse('review.not-a-reviewer', `${reviewerId} is not on this project's panel`, 'ผู้นี้ไม่ได้เป็นผู้พิจารณาโครงการนี้', { reviewerId });
  requireUnrelated(project, reviewerId, 'review.conflict-of-interest');
  if (project.review!.scores.has(reviewerId))
    throw refuse('review.already-scored', `${reviewerId} has already scored this proposal`, 'ผู้พิจารณาให้คะแนนแล้ว', { reviewerId });
  const { score } = command.data;
  if (!Number.isInteger(score) || score < 0 || score > 100)
    throw refuse('review.score-invalid', 'A score is a whole number from 0 to 100', 'คะแนนต้องเป็นจำนวนเต็ม 0 ถึง 100', { score });
  return [
    {
      type: 'grants.review.scored',
      data: { projectId: project.projectId, reviewerId, ...command.data, scoredOn: dayOf(command.metadata.now) },
    },
  ];
};

export const rejectProposal = (command: RejectProposal, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Proposed', 'UnderReview'],
    'proposal.not-open',
    'Only an open proposal can be rejected',
    'ข้อเสนอนี้ไม่อยู่ในสถานะที่ปฏิเสธได้',
  );
  return [
    {
      type: 'grants.proposal.rejected',
      data: {
        projectId: project.projectId,
        reason: command.data.reason,
        rejectedOn: dayOf(command.metadata.now),
        rejectedBy: command.metadata.actor.userId,
      },
    },
  ];
};
