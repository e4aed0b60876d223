/** The projection keeping relief's views; checkpoints are per household bucket stream. */
export const RELIEF_VIEWS_PROJECTION = 'relief-views';

export const RELIEF_VIEW_COLLECTIONS = {
  dashboards: 'relief.declaration-dashboards',
  runPayments: 'relief.run-payments',
  households: 'relief.household-timelines',
  declarations: 'relief.declaration-list',
  declarationRuns: 'relief.declaration-runs',
} as const;

/** One payment attempt as the views need it. */
export interface AttemptFacts {
  reference: string;
  runId: string;
  amount: string;
  status: 'issued' | 'paid' | 'failed' | 'returned' | 'reversed';
}

/** What the counting views derive from one household: its assessment and its attempts, in order. */
export interface HouseholdFacts {
  assessed: boolean;
  entitlements: { item: string; amount: string }[];
  attempts: AttemptFacts[];
}

export interface TimelineEntry {
  type: string;
  recordedAt: string;
  eventId: string;
  [field: string]: unknown;
}

/**
 * One household of one declaration: its timeline and its facts. It grows with the household's own
 * events only (a registration, an assessment, a few attempts), never with the declaration.
 */
export interface HouseholdDocument extends HouseholdFacts {
  declarationId: string;
  householdId: string;
  entries: TimelineEntry[];
  /**
   * The event that last changed the document and the facts before it: when that event comes again
   * (a crash kept the checkpoint back), the counts are worked out from the same facts as the first time.
   */
  applied: { streamId: string; revision: string; before: HouseholdFacts | null };
}

/** A declaration's counts: bounded by the number of damage items, whatever the households. */
export interface DashboardDocument {
  declarationId: string;
  registered: number;
  assessed: number;
  paid: number;
  byItem: { item: string; households: number; entitled: string; paid: string }[];
}

/** A run's payments counted by status: bounded by the statuses. */
export interface RunPaymentsDocument {
  runId: string;
  byStatus: Record<string, { count: number; amount: string }>;
}

export const householdDocumentId = (declarationId: string, householdId: string): string => `${declarationId}/${householdId}`;

/** A declaration as the list shows it: its zone's terms, one small document per declaration. */
export interface DeclarationListDocument {
  declarationId: string;
  name: string;
  disasterType: string;
  areaCodes: string[];
  disasterDate: string;
  from: string;
  until: string;
  declaredOn: string;
}

/** One payment run of a declaration, filed under the declaration so its runs list by id prefix. */
export interface DeclarationRunDocument {
  declarationId: string;
  runId: string;
  programmeId: string;
  method: string;
  controlCount: number;
  controlAmount: string;
  createdOn: string;
}

export const declarationRunDocumentId = (declarationId: string, runId: string): string => `${declarationId}/${runId}`;
