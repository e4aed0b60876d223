import { JsonObject } from '@kongthun/event-sourcing';

export type FindingSeverity = 'high' | 'medium' | 'low';

/**
 * Something an auditor should look at (ข้อสังเกตของผู้ตรวจสอบ): a red flag in what the services did,
 * or a break in a stream's chain. It names the rule and the events that are its evidence.
 */
export interface Finding {
  /** Derived from the rule and the evidence, so a re-run over the same history raises nothing new. */
  findingId: string;
  rule: string;
  severity: FindingSeverity;
  summary: string;
  summaryTh: string;
  streamId: string | null;
  evidenceEventIds: string[];
  /** Where the money went or the unit lies (area code); what scopes an auditor's view. Absent for chain findings. */
  areaCode?: string | null;
  details: JsonObject;
}

/** Chain and delivery findings take their ids as red flags do: from the rule and the evidence. */
export { findingIdOf } from '@kongthun/audit-red-flags';
