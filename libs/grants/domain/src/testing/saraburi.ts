import { Money } from '@kongthun/kernel';
import { deciderSpec } from '@kongthun/kernel/testing';
import { CommandMetadata } from '../command';
import { GrantRules } from '../rules/grant-rules';
import { budgetDecider } from '../budget/budget.decider';
import { BudgetEvent } from '../budget/budget.events';
import { projectDecider } from '../project/project.decider';
import { ExpenseLine, ProjectEvent } from '../project/project.events';
import { OrganisationFacts, SubmitProposal } from '../project/project.commands';

/**
 * Sample data: CODI's (พอช.) support to Saraburi's community councils, fiscal year 2566 (seed
 * 003), in province 19. People appear only as user ids and keyed hashes, as in real events.
 */
export const PROGRAMME = 'codi-saraburi';
export const FY = 2566;
export const PROJECT = 'sb-001';
export const OFFICER = 'u-officer'; // a grants officer of the regional office
export const REVIEWERS = ['u-rattana', 'u-somsak', 'u-wilai'];
export const APPROVER = 'u-director'; // ผอ.สำนักงานภาคกลางและตะวันตก
export const BOARD = 'u-board';

export const meta = (userId: string, now = '2023-03-15T03:00:00Z', role = 'grants-officer'): CommandMetadata => ({
  now,
  actor: { userId, role },
});

export const rules = (change: Partial<GrantRules> = {}): GrantRules => ({
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [
    { tier: 'regional-office', upTo: '2000000.00', approverIds: [APPROVER] },
    { tier: 'codi-board', upTo: null, approverIds: [BOARD] },
  ],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'],
  reviewQuorum: 3,
  ...change,
});

export const givenBudget = deciderSpec(budgetDecider);
export const givenProject = deciderSpec(projectDecider);

export const budgetOpened = (): BudgetEvent => ({
  type: 'grants.budget.opened',
  data: {
    programmeId: PROGRAMME,
    fiscalYear: FY,
    programmeName: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
    funder: 'พอช.',
    areaCodes: ['19'],
    openedOn: '2022-10-01',
  },
});
export const allocated = (amount = '6749210.00', words = 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน'): BudgetEvent => ({
  type: 'grants.budget.allocated',
  data: {
    programmeId: PROGRAMME,
    fiscalYear: FY,
    allocationId: 'al-1',
    kind: 'allocation',
    amount,
    amountWords: words,
    documentRef: 'พอช. 0123/2566',
    receivedOn: '2022-11-01',
  },
});
export const reserved = (projectId: string, amount: string): BudgetEvent => ({
  type: 'grants.budget.reserved',
  data: {
    programmeId: PROGRAMME,
    fiscalYear: FY,
    projectId,
    awardId: `aw-${projectId}`,
    amount,
    approverId: APPROVER,
    tier: 'regional-office',
    ruleVersion: 1,
    decidedOn: '2023-01-10',
  },
});

export const organisation: OrganisationFacts = {
  organisationId: 'org-nong-khae',
  name: 'สภาองค์กรชุมชนตำบลหนองแค',
  areaCode: '190301',
  bankAccountHash: 'a'.repeat(64),
  representativeCitizenIdHash: 'b'.repeat(64),
};

export const proposalCommand = (change: Partial<SubmitProposal['data']> = {}): SubmitProposal => ({
  type: 'SubmitProposal',
  data: {
    projectId: PROJECT,
    programmeId: PROGRAMME,
    fiscalYear: FY,
    organisation,
    title: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อย',
    objectives: ['ซ่อมบ้าน 20 หลัง'],
    areaCode: '190301',
    budgetLines: [
      { category: 'materials', description: 'วัสดุก่อสร้าง', amount: Money.parse('800,000') },
      { category: 'labour', description: 'ค่าแรงช่างชุมชน', amount: Money.parse('200,000') },
    ],
    requestedAmount: Money.parse('1,000,000'),
    requestedAmountWords: 'หนึ่งล้านบาทถ้วน',
    plannedTranches: [
      { number: 1, plannedOn: '2023-02-01' },
      { number: 2, plannedOn: '2023-05-01' },
      { number: 3, plannedOn: '2023-08-01' },
    ],
    plannedEndOn: '2023-09-30',
    documentRefs: ['proposal-sb-001.pdf'],
    rules: rules(),
    ...change,
  },
  metadata: meta(OFFICER, '2022-12-01T03:00:00Z'),
});

/** The events of each stage, so that each state's tests start where the previous stage ended. */
export const submitted = (): ProjectEvent[] => projectDecider.decide(proposalCommand(), { status: 'None' });
export const underReview = (): ProjectEvent[] => [
  ...submitted(),
  { type: 'grants.review.opened', data: { projectId: PROJECT, reviewerIds: REVIEWERS, quorum: 3, ruleVersion: 1, openedOn: '2022-12-10' } },
];
export const scored = (...recommendations: ('fund' | 'revise' | 'reject')[]): ProjectEvent[] =>
  recommendations.map((recommendation, i) => ({
    type: 'grants.review.scored',
    data: { projectId: PROJECT, reviewerId: REVIEWERS[i], score: 80, recommendation, note: '', scoredOn: '2022-12-20' },
  }));
export const reviewed = (): ProjectEvent[] => [...underReview(), ...scored('fund', 'fund', 'revise')];

export const awarded = (amount = '1000000.00'): ProjectEvent[] => {
  const history = reviewed();
  let state = projectDecider.initialState();
  for (const event of history) state = projectDecider.evolve(state, event);
  return [
    ...history,
    ...projectDecider.decide(
      {
        type: 'AwardGrant',
        data: {
          awardId: 'aw-sb-001',
          amount: Money.fromJSON(amount),
          amountWords: Money.fromJSON(amount).toThaiWords(),
          conditions: ['รายงานทุกงวด'],
          endDate: '2023-09-30',
          decidedOn: '2023-01-10',
          rules: rules(),
        },
        metadata: meta(APPROVER, '2023-01-10T03:00:00Z', 'committee'),
      },
      state,
    ),
  ];
};

export const released = (trancheNumber: number, amount: string, conditionsMet: string[] = []): ProjectEvent => ({
  type: 'grants.tranche.released',
  data: {
    projectId: PROJECT,
    awardId: 'aw-sb-001',
    organisationId: organisation.organisationId,
    trancheNumber,
    amount,
    paidOn: '2023-02-01',
    method: 'bank-transfer',
    reference: `ktb-${trancheNumber}`,
    accountHash: organisation.bankAccountHash,
    representativeCitizenIdHash: organisation.representativeCitizenIdHash,
    areaCode: '190301',
    approverId: OFFICER,
    conditionsMet,
    ruleVersion: 1,
  },
});

export const line = (receipt: string, amount: string): ExpenseLine => ({
  category: 'materials',
  description: 'ปูนซีเมนต์',
  amount,
  receiptRef: receipt,
  receiptHash: receipt
    .padEnd(64, '0')
    .slice(0, 64)
    .replace(/[^0-9a-f]/g, 'f'),
});

export const reportSubmitted = (
  reportId: string,
  trancheNumber: number,
  kind: 'progress' | 'expense',
  lines: ExpenseLine[] = [],
): ProjectEvent => ({
  type: 'grants.report.submitted',
  data: {
    projectId: PROJECT,
    awardId: 'aw-sb-001',
    reportId,
    trancheNumber,
    kind,
    summary: 'ซ่อมบ้านแล้ว 8 หลัง',
    lines,
    total: Money.sum(lines.map((l) => Money.fromJSON(l.amount))).toJSON(),
    submittedOn: '2023-04-20',
  },
});
export const reportAccepted = (
  reportId: string,
  kind: 'progress' | 'expense' = 'progress',
  total = '0.00',
  trancheNumber = 1,
): ProjectEvent => ({
  type: 'grants.report.accepted',
  data: { projectId: PROJECT, awardId: 'aw-sb-001', trancheNumber, kind, total, reportId, acceptedBy: OFFICER, acceptedOn: '2023-04-25' },
});

/** Tranche 1 paid, and its progress and expense reports accepted: ready for tranche 2. */
export const firstTrancheAccounted = (): ProjectEvent[] => [
  ...awarded(),
  released(1, '400000.00'),
  reportSubmitted('r-1p', 1, 'progress'),
  reportSubmitted('r-1e', 1, 'expense', [line('aa01', '390000.00')]),
  reportAccepted('r-1p'),
  reportAccepted('r-1e', 'expense', '390000.00'),
];
