/**
 * Events of one audit case's stream (แฟ้มคดีตรวจสอบ). `type` is the stored name; `data` is JSON
 * only. A case starts from a red-flag finding and cites the same evidence events, whose inclusion
 * proofs the audit ledger supplies.
 */
export type Event<Type extends string, Data> = { type: Type; data: Data };

export const CASE_SEVERITIES = ['low', 'medium', 'high'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

/**
 * How a case ends (ผลการตรวจสอบ): the red flag was `substantiated` (มีมูล), `unfounded` (ไม่มีมูล), or
 * `referred` to an agency with power to act.
 */
export const CASE_RESOLUTIONS = ['substantiated', 'unfounded', 'referred'] as const;
export type CaseResolution = (typeof CASE_RESOLUTIONS)[number];

/** ปปท. (PACC), ป.ป.ช. (NACC), สตง. (State Audit Office). */
export const REFERRAL_AGENCIES = ['PACC', 'NACC', 'SAO'] as const;
export type ReferralAgency = (typeof REFERRAL_AGENCIES)[number];

export type CaseOpened = Event<
  'audit.case.opened',
  {
    caseId: string;
    /** The red-flag finding the case follows up (ข้อสังเกต); one case per finding. */
    findingId: string;
    /** Dotted rule code, e.g. `red-flag.duplicate-payment` or `chain.ledger.hash-mismatch`. */
    rule: string;
    severity: CaseSeverity;
    /** In English. */
    summary: string;
    summaryTh: string;
    /** The stream the finding concerns, e.g. `welfare-fund-talat-yai`; null when it concerns none. */
    streamId: string | null;
    /** May be empty: a gap in a stream has no event to cite. */
    evidenceEventIds: string[];
    openedBy: string;
    openedAt: string;
  }
>;
export type InvestigationStarted = Event<'audit.case.investigation-started', { caseId: string; investigatorId: string; startedAt: string }>;
/** A working note (บันทึกการตรวจสอบ); notes are never edited, a correction is another note. */
export type CaseNoteAdded = Event<
  'audit.case.note-added',
  { caseId: string; noteId: string; text: string; authorId: string; addedAt: string }
>;
export type CaseClosed = Event<
  'audit.case.closed',
  {
    caseId: string;
    resolution: CaseResolution;
    /** The agency the case went to; null unless `referred`. */
    referredTo: ReferralAgency | null;
    /** Why, in the auditor's words (เหตุผล), e.g. the facts found or the referral letter number. */
    reason: string;
    closedBy: string;
    closedAt: string;
  }
>;

export type CaseEvent = CaseOpened | InvestigationStarted | CaseNoteAdded | CaseClosed;
export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES = [
  'audit.case.opened',
  'audit.case.investigation-started',
  'audit.case.note-added',
  'audit.case.closed',
] as const satisfies readonly CaseEventType[];

export const isCaseEventType = (type: string): type is CaseEventType => (CASE_EVENT_TYPES as readonly string[]).includes(type);

/** The stream of one case. */
export const caseStreamId = (caseId: string): string => `audit-case-${caseId}`;

// Fails to compile when an event joins the union but not the list above.
const _everyTypeListed: [Exclude<CaseEventType, (typeof CASE_EVENT_TYPES)[number]>] extends [never] ? true : false = true;
