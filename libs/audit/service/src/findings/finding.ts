import { createHash } from 'node:crypto';
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
  details: JsonObject;
}

/** A stable id for a finding: rule and evidence, hashed, laid out as a UUID so it can be an event id. */
export const findingIdOf = (rule: string, evidence: readonly string[]): string => {
  const hex = createHash('sha256').update(JSON.stringify([rule, ...evidence])).digest('hex');
  // RFC 9562 version 8 (custom) with the RFC variant bits: unique, deterministic, and a valid uuid column value.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
