import { Money } from '@kongthun/kernel';
import {
  awarded,
  firstTrancheAccounted,
  givenProject,
  line,
  meta,
  OFFICER,
  organisation,
  PROJECT,
  released,
  reportAccepted,
  reportSubmitted,
  submitted,
} from '../testing/saraburi';
import { ExpenseLine } from './project.events';

const release = (trancheNumber: number, paidOn = '2023-05-02') => ({
  type: 'ReleaseTranche' as const,
  data: { trancheNumber, paidOn, method: 'bank-transfer' as const, reference: `ktb-${trancheNumber}`, organisation, ruleVersion: 1 },
  metadata: meta(OFFICER, '2023-05-02T03:00:00Z'),
});
const report = (reportId: string, trancheNumber: number, kind: 'progress' | 'expense', lines: ExpenseLine[] = []) => ({
  type: 'SubmitReport' as const,
  data: { reportId, trancheNumber, kind, summary: 'ผลงาน', lines: lines.map((l) => ({ ...l, amount: Money.fromJSON(l.amount) })) },
  metadata: meta('u-org', '2023-04-20T03:00:00Z', 'grantee'),
});

describe('an awarded project releasing tranches', () => {
  it("pays tranche 1 to the organisation's account hash at once", () => {
    givenProject(awarded())
      .when(release(1))
      .thenMatches([
        {
          type: 'grants.tranche.released',
          data: { trancheNumber: 1, amount: '400000.00', accountHash: organisation.bankAccountHash, conditionsMet: [], ruleVersion: 1 },
        },
      ]);
  });

  it("pays tranche 2 once tranche 1's progress and expense reports are accepted, naming them", () => {
    givenProject(firstTrancheAccounted())
      .when(release(2))
      .thenMatches([{ type: 'grants.tranche.released', data: { trancheNumber: 2, amount: '400000.00', conditionsMet: ['r-1p', 'r-1e'] } }]);
  });

  it("refuses tranche 2 while tranche 1's expense report is only submitted", () => {
    givenProject([
      ...awarded(),
      released(1, '400000.00'),
      reportSubmitted('r-1p', 1, 'progress'),
      reportAccepted('r-1p'),
      reportSubmitted('r-1e', 1, 'expense', [line('aa01', '1.00')]),
    ])
      .when(release(2))
      .thenThrows('tranche.conditions-not-met', { missing: ['expense'], ruleVersion: 1 });
  });

  it('refuses a tranche out of order, twice, or that the agreement does not have', () => {
    givenProject(awarded()).when(release(2)).thenThrows('tranche.out-of-order');
    givenProject([...awarded(), released(1, '400000.00')])
      .when(release(1))
      .thenThrows('tranche.already-released');
    givenProject(awarded()).when(release(4)).thenThrows('tranche.not-found');
  });

  it('refuses a tranche after the agreement ended', () => {
    givenProject(awarded()).when(release(1, '2023-10-01')).thenThrows('tranche.after-agreement-end');
  });

  it('refuses a tranche for a project not yet awarded', () => {
    givenProject(submitted()).when(release(1)).thenThrows('tranche.project-not-active');
  });
});

describe('an awarded project reporting', () => {
  it('records an expense report with receipts and their keyed hashes, totalled', () => {
    givenProject([...awarded(), released(1, '400000.00')])
      .when(report('r-1e', 1, 'expense', [line('aa01', '150000.00'), line('aa02', '50000.00')]))
      .thenMatches([{ type: 'grants.report.submitted', data: { reportId: 'r-1e', total: '200000.00' } }]);
  });

  it('spending is never beyond what was released', () => {
    givenProject([...awarded(), released(1, '400000.00')])
      .when(report('r-1e', 1, 'expense', [line('aa01', '400000.01')]))
      .thenThrows('report.spending-beyond-released', { released: '400000.00' });
  });

  it('one receipt is not claimed twice in a project, across reports or within one', () => {
    givenProject([...firstTrancheAccounted(), released(2, '400000.00')])
      .when(report('r-2e', 2, 'expense', [line('aa01', '1.00')]))
      .thenThrows('report.receipt-claimed-twice');
    givenProject([...awarded(), released(1, '400000.00')])
      .when(report('r-x', 1, 'expense', [line('bb01', '1.00'), line('bb01', '2.00')]))
      .thenThrows('report.receipt-claimed-twice');
  });

  it('a receipt of a queried report may be claimed again in its correction', () => {
    givenProject([
      ...awarded(),
      released(1, '400000.00'),
      reportSubmitted('r-1e', 1, 'expense', [line('aa01', '10.00')]),
      {
        type: 'grants.report.queried',
        data: {
          projectId: PROJECT,
          awardId: 'aw-sb-001',
          trancheNumber: 1,
          kind: 'expense',
          total: '10.00',
          reportId: 'r-1e',
          queriedBy: OFFICER,
          question: 'ใบเสร็จไม่ชัด',
          queriedOn: '2023-04-22',
        },
      },
    ])
      .when(report('r-1e2', 1, 'expense', [line('aa01', '10.00')]))
      .thenTypes(['grants.report.submitted']);
  });

  it('reports only on a tranche that was paid, and an expense report lists its expenses', () => {
    givenProject(awarded())
      .when(report('r-1p', 1, 'progress'))
      .thenThrows('report.tranche-not-released');
    givenProject([...awarded(), released(1, '400000.00')])
      .when(report('r-1e', 1, 'expense'))
      .thenThrows('report.lines-required');
  });

  it('a report id is used once', () => {
    givenProject([...awarded(), released(1, '400000.00'), reportSubmitted('r-1p', 1, 'progress')])
      .when(report('r-1p', 1, 'progress'))
      .thenThrows('report.duplicate');
  });

  it('a pending report is accepted or queried, once', () => {
    const history = [...awarded(), released(1, '400000.00'), reportSubmitted('r-1p', 1, 'progress')];
    givenProject(history)
      .when({ type: 'AcceptReport', data: { reportId: 'r-1p' }, metadata: meta(OFFICER) })
      .thenTypes(['grants.report.accepted']);
    givenProject(history)
      .when({ type: 'QueryReport', data: { reportId: 'r-1p', question: 'ขอภาพถ่าย' }, metadata: meta(OFFICER) })
      .thenTypes(['grants.report.queried']);
    givenProject([...history, reportAccepted('r-1p')])
      .when({ type: 'QueryReport', data: { reportId: 'r-1p', question: 'x' }, metadata: meta(OFFICER) })
      .thenThrows('report.not-pending');
    givenProject(history)
      .when({ type: 'AcceptReport', data: { reportId: 'r-404' }, metadata: meta(OFFICER) })
      .thenThrows('report.not-found');
    givenProject(history)
      .when({ type: 'QueryReport', data: { reportId: 'r-1p', question: ' ' }, metadata: meta(OFFICER) })
      .thenThrows('report.question-required');
  });
});
