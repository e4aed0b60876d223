import { api } from '../api';

/** `GET /api/relief/declarations/:id`: households registered, assessed and paid, and amounts by item. */
export interface ReliefDashboard {
  declarationId: string;
  name: string;
  areaCodes: string[];
  period: { from: string; until: string };
  households: { registered: number; assessed: number; paid: number };
  byItem: { item: string; households: number; entitled: string; paid: string }[];
}

export interface HouseholdTimeline {
  householdId: string;
  entries: ({ type: string; recordedAt: string; on?: string; amount?: string; reference?: string; runId?: string } & Record<
    string,
    unknown
  >)[];
}

export interface RunStatus {
  runId: string;
  status: string;
  method: string;
  controlTotals: { count: number; amount: string };
  approvalsRequired: number;
  approverIds: string[];
  exported: { count: number; amount: string; sha256: string } | null;
  payments: Record<string, { count: number; amount: string }>;
}

export interface DryRun {
  applicableCount: number;
  applicableAmount: string;
  notApplicable: { reason: string; count: number; amount: string }[];
}

export interface ResultImport {
  lines: number;
  paid: number;
  failed: number;
  returned: number;
  unknownReference: number;
  amountMismatch: number;
  duplicateLine: number;
}

const id = encodeURIComponent;
export const declarationPath = (declarationId: string) => `/api/relief/declarations/${id(declarationId)}`;
export const runPath = (runId: string) => `/api/relief/runs/${id(runId)}`;

export const reliefDashboard = (declarationId: string): Promise<ReliefDashboard> => api('GET', declarationPath(declarationId));
export const householdTimeline = (declarationId: string, houseNo: string): Promise<HouseholdTimeline> =>
  api('GET', `${declarationPath(declarationId)}/households/${id(houseNo)}/timeline`);
export const runStatus = (runId: string): Promise<RunStatus> => api('GET', runPath(runId));

/** One page of a relief list: `nextCursor` is null on the last page. */
export interface ReliefPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface DeclarationLine {
  declarationId: string;
  name: string;
  disasterType: string;
  areaCodes: string[];
  disasterDate: string;
  period: { from: string; until: string };
  declaredOn: string;
  households: { registered: number; assessed: number; paid: number };
}

export interface HouseholdLine {
  householdId: string;
  villageCode: string | null;
  status: 'registered' | 'assessed' | 'paid';
  entitled: string;
  paid: string;
}

export interface DeclarationRun {
  runId: string;
  programmeId: string;
  method: string;
  status: string;
  controlTotals: { count: number; amount: string };
  createdOn: string;
}

const pageQuery = (limit: number, cursor: string | null) => `?limit=${limit}${cursor === null ? '' : `&cursor=${id(cursor)}`}`;

export const declarationsPage = (cursor: string | null, limit = 50): Promise<ReliefPage<DeclarationLine>> =>
  api('GET', `/api/relief/declarations${pageQuery(limit, cursor)}`);
export const householdsPage = (declarationId: string, cursor: string | null, limit = 50): Promise<ReliefPage<HouseholdLine>> =>
  api('GET', `${declarationPath(declarationId)}/households${pageQuery(limit, cursor)}`);
export const declarationRuns = (declarationId: string): Promise<{ declarationId: string; items: DeclarationRun[] }> =>
  api('GET', `${declarationPath(declarationId)}/runs`);
