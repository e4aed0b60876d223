import { Money } from '@kongthun/kernel';
import {
  givenProject,
  meta,
  OFFICER,
  PROJECT,
  proposalCommand,
  REVIEWERS,
  rules,
  scored,
  submitted,
  underReview,
} from '../testing/saraburi';
import { ProjectEvent } from './project.events';

const related = (userId: string): ProjectEvent => ({
  type: 'grants.project.relation-declared',
  data: { projectId: PROJECT, organisationId: 'org-nong-khae', userId, relationship: 'พี่ชายประธานสภา', declaredOn: '2022-12-05' },
});
const openReview = (reviewerIds = REVIEWERS) => ({
  type: 'OpenReview' as const,
  data: { reviewerIds, rules: rules() },
  metadata: meta(OFFICER),
});
const score = (reviewerId: string, value = 80) => ({
  type: 'ScoreProposal' as const,
  data: { score: value, recommendation: 'fund' as const, note: 'ตรงตามเป้าหมาย' },
  metadata: meta(reviewerId, '2022-12-20T03:00:00Z', 'committee'),
});

describe('a new project', () => {
  it('is proposed with objectives, area, budget lines, the amount in figures and words, tranches and documents, citing the rule version', () => {
    givenProject([])
      .when(proposalCommand())
      .thenMatches([
        {
          type: 'grants.proposal.submitted',
          data: { projectId: PROJECT, requestedAmount: '1000000.00', areaCode: '190301', ruleVersion: 1, submittedOn: '2022-12-01' },
        },
      ]);
  });

  it('budget lines that do not sum to the amount requested are refused', () => {
    givenProject([])
      .when(proposalCommand({ requestedAmount: Money.parse('1,000,001'), requestedAmountWords: 'หนึ่งล้านหนึ่งบาทถ้วน' }))
      .thenThrows('proposal.lines-mismatch');
  });

  it('an amount whose Thai words disagree with its figures is refused', () => {
    givenProject([])
      .when(proposalCommand({ requestedAmountWords: 'หนึ่งแสนบาทถ้วน' }))
      .thenThrows('proposal.amount-words-mismatch');
  });

  it('a proposal without objectives or documents is refused', () => {
    givenProject([])
      .when(proposalCommand({ documentRefs: [] }))
      .thenThrows('proposal.incomplete');
  });

  it('planned tranches that do not match the programme split are refused', () => {
    givenProject([])
      .when(proposalCommand({ plannedTranches: [{ number: 1, plannedOn: '2023-02-01' }] }))
      .thenThrows('proposal.tranches-mismatch');
  });

  it("an area outside the organisation's province is refused", () => {
    givenProject([])
      .when(proposalCommand({ areaCode: '830101' }))
      .thenThrows('proposal.area-outside-organisation');
  });

  it('the same project id is not proposed twice', () => {
    givenProject(submitted()).when(proposalCommand()).thenThrows('proposal.duplicate');
  });
});

describe('a proposed project', () => {
  it('goes to a review panel of at least the quorum', () => {
    givenProject(submitted())
      .when(openReview())
      .thenMatches([{ type: 'grants.review.opened', data: { reviewerIds: REVIEWERS, quorum: 3, ruleVersion: 1 } }]);
  });

  it('a panel smaller than the quorum is refused', () => {
    givenProject(submitted())
      .when(openReview(REVIEWERS.slice(0, 2)))
      .thenThrows('review.panel-below-quorum');
  });

  it('a reviewer declared related to the organisation cannot sit on the panel', () => {
    givenProject([...submitted(), related(REVIEWERS[0])])
      .when(openReview())
      .thenThrows('review.conflict-of-interest', { userId: REVIEWERS[0] });
  });

  it('a relation is declared once; declaring it again changes nothing', () => {
    givenProject([...submitted(), related('u-x')])
      .when({ type: 'DeclareRelation', data: { userId: 'u-x', relationship: 'ญาติ' }, metadata: meta('u-x') })
      .thenNothing();
  });

  it('can be rejected', () => {
    givenProject(submitted())
      .when({ type: 'RejectProposal', data: { reason: 'ซ้ำซ้อน' }, metadata: meta(OFFICER) })
      .thenTypes(['grants.proposal.rejected']);
  });
});

describe('a project under review', () => {
  it('each reviewer on the panel gives a score and a recommendation', () => {
    givenProject(underReview())
      .when(score(REVIEWERS[0]))
      .thenMatches([{ type: 'grants.review.scored', data: { reviewerId: REVIEWERS[0], score: 80, recommendation: 'fund' } }]);
  });

  it('someone not on the panel cannot score', () => {
    givenProject(underReview()).when(score('u-stranger')).thenThrows('review.not-a-reviewer');
  });

  it('a reviewer related to the organisation, declared after the panel opened, cannot score', () => {
    givenProject([...underReview(), related(REVIEWERS[1])])
      .when(score(REVIEWERS[1]))
      .thenThrows('review.conflict-of-interest');
  });

  it('a reviewer scores once', () => {
    givenProject([...underReview(), ...scored('fund')])
      .when(score(REVIEWERS[0]))
      .thenThrows('review.already-scored');
  });

  it('a score outside 0 to 100 is refused', () => {
    givenProject(underReview()).when(score(REVIEWERS[0], 101)).thenThrows('review.score-invalid');
  });

  it('a rejected proposal is not reviewed further', () => {
    givenProject([
      ...underReview(),
      { type: 'grants.proposal.rejected', data: { projectId: PROJECT, reason: 'x', rejectedOn: '2022-12-21', rejectedBy: OFFICER } },
    ])
      .when(score(REVIEWERS[0]))
      .thenThrows('review.not-open');
  });
});
