import { api } from '../api';

/** A programme's budget for one fiscal year, as `GET /api/grants/programmes/:id/budgets/:year` answers. */
export interface BudgetAccount {
  programmeId: string;
  fiscalYear: number;
  programmeName: string;
  funder: string;
  areaCodes: string[];
  allocated: string;
  allocatedWords: string;
  committed: string;
  released: string;
  spent: string;
  refunded: string;
  available: string;
  allocations: { allocationId: string; kind: string; amount: string; amountWords: string; documentRef: string; receivedOn: string }[];
  projects: number;
}

export interface ProjectRow {
  projectId: string;
  organisationName: string;
  title: string;
  areaCode: string;
  status: string;
  requested: string;
  awarded: string;
  released: string;
  spent: string;
}

export interface ProjectDetails {
  projectId: string;
  programmeId: string;
  fiscalYear: number;
  organisationId: string;
  areaCode: string;
  status: string;
  requested: string;
  award: {
    awardId: string;
    amount: string;
    amountWords: string;
    approverId: string;
    endDate: string;
    tranches: { number: number; percent: number; amount: string; plannedOn: string | null; released: boolean }[];
  } | null;
  reports: { reportId: string; trancheNumber: number; kind: string; total: string; status: string }[];
  refunded: string;
  unspent: string;
  timeline: { type: string; recordedAt: string; actor: { userId: string; role: string }; data: Record<string, unknown> }[];
}

const id = encodeURIComponent;

export const budgetAccount = (programmeId: string, fiscalYear: string): Promise<BudgetAccount> =>
  api('GET', `/api/grants/programmes/${id(programmeId)}/budgets/${id(fiscalYear)}`);

export const projectsPage = (programmeId: string, fiscalYear: string, cursor: string | null) =>
  api<{ items: ProjectRow[]; nextCursor: string | null }>(
    'GET',
    `/api/grants/programmes/${id(programmeId)}/projects?fiscalYear=${id(fiscalYear)}&limit=50${cursor ? `&cursor=${id(cursor)}` : ''}`,
  );

export const projectDetails = (projectId: string): Promise<ProjectDetails> => api('GET', `/api/grants/projects/${id(projectId)}`);

export const awardPath = (projectId: string): string => `/api/grants/projects/${id(projectId)}/award`;
