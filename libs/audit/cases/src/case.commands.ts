import { CaseResolution, CaseSeverity, ReferralAgency } from './case.events';

/**
 * Who acts and when. The decider never reads a clock: `now` comes with the command, as does the
 * actor the token named; only role `auditor` (ผู้ตรวจสอบ) may act on cases.
 */
export type CaseCommandMetadata = { now: string; actor: { userId: string; role: string } };
export type Command<Type extends string, Data> = { type: Type; data: Data; metadata: CaseCommandMetadata };

/**
 * The fields of a finding, by structure: a red-flag finding or the audit service's own `Finding`
 * can be spread in as it is (`{ caseId: finding.findingId, ...finding }`); other fields are ignored.
 */
export type OpenCase = Command<
  'OpenCase',
  {
    caseId: string;
    findingId: string;
    rule: string;
    severity: CaseSeverity;
    summary: string;
    summaryTh: string;
    streamId: string | null;
    evidenceEventIds: readonly string[];
  }
>;
export type StartInvestigation = Command<'StartInvestigation', { caseId: string }>;
export type AddNote = Command<'AddNote', { caseId: string; noteId: string; text: string }>;
export type CloseCase = Command<
  'CloseCase',
  {
    caseId: string;
    resolution: CaseResolution;
    /** Required for `referred`, absent (null) otherwise. */
    referredTo: ReferralAgency | null;
    reason: string;
  }
>;

export type CaseCommand = OpenCase | StartInvestigation | AddNote | CloseCase;
