import { JsonObject, LedgerEvent } from '@kongthun/audit-ledger';

/** The type of the audit service's own ledger event that raises a finding. */
export const FINDING_RAISED = 'audit.finding.raised';

/**
 * What an `audit.finding.raised` event holds (ข้อสังเกตของผู้ตรวจสอบ), as the audit service raised it:
 * the event id is the finding id, and `evidenceEventIds` are the ledger events it rests on.
 */
export interface FindingData {
  findingId: string;
  /** Stable dotted code of the rule, e.g. `red-flag.duplicate-payment`. */
  rule: string;
  severity: string;
  summary: string;
  summaryTh: string;
  streamId: string | null;
  evidenceEventIds: string[];
  details: JsonObject;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The finding an event raises, or undefined when the event is not a well-formed raised finding. */
export function findingOf(event: Pick<LedgerEvent, 'id' | 'type'> & { data: unknown }): FindingData | undefined {
  if (typeof event.data !== 'object' || event.data === null) return undefined;
  const d = event.data as Partial<Record<keyof FindingData, unknown>>;
  const ok =
    event.type === FINDING_RAISED &&
    d.findingId === event.id &&
    isText(d.rule) &&
    isText(d.severity) &&
    isText(d.summary) &&
    isText(d.summaryTh) &&
    (d.streamId === null || isText(d.streamId)) &&
    Array.isArray(d.evidenceEventIds) &&
    d.evidenceEventIds.every(isText) &&
    typeof d.details === 'object' &&
    d.details !== null &&
    !Array.isArray(d.details);
  return ok ? (event.data as unknown as FindingData) : undefined;
}
