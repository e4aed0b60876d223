import { ProjectEvent } from '@kongthun/grants-domain';
import { awarded, firstTrancheAccounted, released, reportAccepted, reportSubmitted, submitted } from '@kongthun/grants-domain/testing';
import { dutiesAfter, ProjectDuties, reportDueLinesOf } from './report-duties';

const fold = (events: ProjectEvent[]): ProjectDuties | undefined => events.reduce<ProjectDuties | undefined>(dutiesAfter, undefined);
const owed = (events: ProjectEvent[]) =>
  [...reportDueLinesOf(fold(events)).values()].map(({ trancheNumber, kind, dueOn, status }) => ({ trancheNumber, kind, dueOn, status }));

const queried = (reportId: string, kind: 'progress' | 'expense', trancheNumber = 1): ProjectEvent => ({
  type: 'grants.report.queried',
  data: {
    projectId: 'sb-001',
    awardId: 'aw-sb-001',
    trancheNumber,
    kind,
    total: '0.00',
    reportId,
    queriedBy: 'u',
    question: '?',
    queriedOn: '2023-04-26',
  },
});

describe('reports due: what a project owes', () => {
  describe('before any tranche is paid', () => {
    it('a proposal or an award owes no report', () => {
      expect(owed(submitted())).toEqual([]);
      expect(owed(awarded())).toEqual([]);
    });
  });

  describe('once a tranche is paid', () => {
    it("owes each report the award requires, due on the next tranche's planned date", () => {
      expect(owed([...awarded(), released(1, '400000.00')])).toEqual([
        { trancheNumber: 1, kind: 'progress', dueOn: '2023-05-01', status: 'awaited' },
        { trancheNumber: 1, kind: 'expense', dueOn: '2023-05-01', status: 'awaited' },
      ]);
    });

    it("after the last tranche, the reports are due on the agreement's end date", () => {
      const paid = [...firstTrancheAccounted(), released(2, '400000.00'), released(3, '200000.00')];
      expect(owed(paid).filter((line) => line.trancheNumber === 3)).toEqual([
        { trancheNumber: 3, kind: 'progress', dueOn: '2023-09-30', status: 'awaited' },
        { trancheNumber: 3, kind: 'expense', dueOn: '2023-09-30', status: 'awaited' },
      ]);
    });

    it('a submitted report awaits a decision; a queried one is owed again; an accepted one is owed no more', () => {
      const paid = [...awarded(), released(1, '400000.00')];
      expect(owed([...paid, reportSubmitted('r-1p', 1, 'progress')])[0]).toMatchObject({ kind: 'progress', status: 'submitted' });
      expect(owed([...paid, reportSubmitted('r-1p', 1, 'progress'), queried('r-1p', 'progress')])[0]).toMatchObject({
        kind: 'progress',
        status: 'awaited',
      });
      expect(owed([...paid, reportSubmitted('r-1p', 1, 'progress'), reportAccepted('r-1p')]).map((line) => line.kind)).toEqual(['expense']);
    });

    it('every report of the first tranche accepted: nothing owed until the second is paid', () => {
      expect(owed(firstTrancheAccounted())).toEqual([]);
    });
  });

  describe('after an amendment', () => {
    it('an extension moves the due date of what is owed after the last tranche', () => {
      const history = [...firstTrancheAccounted(), released(2, '400000.00'), released(3, '200000.00')];
      const project = fold(history)!;
      const extended: ProjectEvent = {
        type: 'grants.agreement.amended',
        data: {
          projectId: 'sb-001',
          awardId: 'aw-sb-001',
          amendmentId: 'am-1',
          kind: 'extend',
          amount: '1000000.00',
          endDate: '2023-12-31',
          returned: '0.00',
          tranches: project.tranches.map((t) => ({ ...t, percent: 0, amount: '0.00' })),
          reason: 'น้ำท่วม',
          documentRef: 'มติ 5/2566',
          amendedOn: '2023-09-01',
          amendedBy: 'u',
        },
      };
      expect(
        owed([...history, extended])
          .filter((line) => line.trancheNumber === 3)
          .map((line) => line.dueOn),
      ).toEqual(['2023-12-31', '2023-12-31']);
    });
  });

  describe('once the project is closed', () => {
    it('owes nothing', () => {
      const closed: ProjectEvent = {
        type: 'grants.project.closed',
        data: {
          projectId: 'sb-001',
          awardId: 'aw-sb-001',
          released: '400000.00',
          spent: '400000.00',
          refunded: '0.00',
          returnedToBudget: '0.00',
          closedOn: '2023-10-01',
          closedBy: 'u',
        },
      };
      expect(owed([...awarded(), released(1, '400000.00'), closed])).toEqual([]);
    });
  });
});
