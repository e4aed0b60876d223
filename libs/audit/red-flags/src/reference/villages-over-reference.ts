import { findingIdOf, RedFlagFinding } from '../finding';
import { DEFAULT_RED_FLAG_CONFIG, RedFlagConfig } from '../red-flag-config';
import { villageOverDraft } from '../rules/village-over-households';
import { RedFlagState } from '../state/red-flag-state';
import { registrationTrailsOf, villageLimitOf } from '../state/registration-trails';
import { tableEntries, tableGet, tableSet } from '../state/sharded-table';
import { RedFlagReference } from './red-flag-reference';
import type { RedFlagStep } from '../evaluate';

/**
 * The villages already over a newly imported count: registrations scanned before the count
 * arrived are judged by it too, so the order of import and registration does not decide what an
 * auditor sees. Each finding is raised by the village's newest registration, and only once (the
 * village is marked flagged, as a registration crossing the count marks it).
 */
export const villagesOverReference = (
  state: RedFlagState,
  reference: RedFlagReference,
  config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG,
): RedFlagStep => {
  if (config.disabledRules.includes('red-flag.village-over-households')) return { state, findings: [] };
  const trails = registrationTrailsOf(state);
  let villages = trails.villages;
  let raised = state.raised;
  const findings: RedFlagFinding[] = [];
  for (const [key, tally] of tableEntries(trails.villages)) {
    const count = reference.villageHouseholds.get(tally.villageCode);
    if (tally.flagged || count === undefined || tally.count <= villageLimitOf(count, config)) continue;
    const flagged = { ...tally, flagged: true };
    villages = tableSet(villages, key, flagged);
    const draft = villageOverDraft({ tally: flagged, reference: count, limit: villageLimitOf(count, config) }, config);
    const evidenceEventIds = draft.evidence.map((ref) => ref.eventId);
    const findingId = findingIdOf(draft.rule, evidenceEventIds);
    if (tableGet(raised, findingId) !== undefined) continue;
    raised = tableSet(raised, findingId, true);
    findings.push({
      findingId,
      rule: draft.rule,
      severity: draft.severity,
      summary: draft.summary,
      summaryTh: draft.summaryTh,
      programme: tally.programme,
      unitId: tally.unitId,
      fundId: tally.unitId,
      areaCode: tally.villageCode,
      streamId: tally.latest.streamId,
      streamIds: [tally.latest.streamId],
      evidenceEventIds,
      raisedBy: tally.latest.eventId,
      details: draft.details,
    });
  }
  return { state: { ...state, registrations: { ...trails, villages }, raised }, findings };
};
