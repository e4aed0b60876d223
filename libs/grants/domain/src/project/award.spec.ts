import { Money } from '@kongthun/kernel';
import { APPROVER, BOARD, givenProject, meta, PROJECT, REVIEWERS, reviewed, rules, scored, underReview } from '../testing/saraburi';
import { AwardGrant } from './project.commands';

const award = (amount = '1,000,000', userId = APPROVER, change: Partial<AwardGrant['data']> = {}): AwardGrant => ({
  type: 'AwardGrant',
  data: {
    awardId: 'aw-1',
    amount: Money.parse(amount),
    amountWords: Money.parse(amount).toThaiWords(),
    conditions: ['ส่งรายงานความก้าวหน้าและการใช้จ่ายทุกงวด'],
    endDate: '2023-09-30',
    decidedOn: '2023-01-10',
    rules: rules(),
    ...change,
  },
  metadata: meta(userId, '2023-01-10T03:00:00Z', 'committee'),
});

describe('a reviewed project being awarded', () => {
  it('creates the agreement: a 40/40/20 tranche schedule, conditions and an end date, citing tier and rule version', () => {
    givenProject(reviewed())
      .when(award())
      .thenMatches([
        {
          type: 'grants.project.awarded',
          data: {
            projectId: PROJECT,
            amount: '1000000.00',
            approverId: APPROVER,
            tier: 'regional-office',
            ruleVersion: 1,
            reviewerIds: REVIEWERS,
            releaseRequires: ['progress', 'expense'],
            endDate: '2023-09-30',
            tranches: [
              { number: 1, percent: 40, amount: '400000.00', plannedOn: null },
              { number: 2, percent: 40, amount: '400000.00', plannedOn: null },
              { number: 3, percent: 20, amount: '200000.00', plannedOn: null },
            ],
          },
        },
      ]);
  });

  it('is refused before the quorum has scored', () => {
    givenProject([...underReview(), ...scored('fund', 'fund')])
      .when(award())
      .thenThrows('award.quorum-not-reached', { scored: 2, quorum: 3 });
  });

  it('is refused when most reviewers do not recommend funding', () => {
    givenProject([...underReview(), ...scored('fund', 'reject', 'revise')])
      .when(award())
      .thenThrows('award.not-recommended');
  });

  it('is refused from an approver whose tier does not cover the amount', () => {
    givenProject([...reviewed()])
      .when(award('1,000,000', 'u-officer'))
      .thenThrows('award.approver-tier-too-low');
  });

  it('is refused from an approver related to the organisation', () => {
    givenProject([
      ...reviewed(),
      {
        type: 'grants.project.relation-declared',
        data: {
          projectId: PROJECT,
          organisationId: 'org-nong-khae',
          userId: BOARD,
          relationship: 'คู่สมรสของเหรัญญิก',
          declaredOn: '2023-01-05',
        },
      },
    ])
      .when(award('1,000,000', BOARD))
      .thenThrows('award.conflict-of-interest');
  });

  it('is refused above the amount requested', () => {
    givenProject(reviewed()).when(award('1,000,000.01', BOARD)).thenThrows('award.above-request');
  });

  it('is refused when the award letter states different words', () => {
    givenProject(reviewed())
      .when(award('900,000', APPROVER, { amountWords: 'เก้าหมื่นบาทถ้วน' }))
      .thenThrows('award.amount-words-mismatch');
  });

  it('is refused with an end date before the award', () => {
    givenProject(reviewed())
      .when(award('900,000', APPROVER, { endDate: '2023-01-10' }))
      .thenThrows('award.end-before-start');
  });

  it('is refused when dated after today', () => {
    givenProject(reviewed())
      .when(award('900,000', APPROVER, { decidedOn: '2023-01-11' }))
      .thenThrows('award.date-in-future');
  });

  it('a proposal not yet under review cannot be awarded', () => {
    givenProject(underReview().slice(0, 1)).when(award()).thenThrows('award.not-under-review');
  });
});
