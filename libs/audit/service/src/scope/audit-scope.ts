import { Inject, Injectable } from '@nestjs/common';
import { AuditLedgerStore, MoneyLogStore, MoneyUnitRef } from '@kongthun/audit-store';
import { areaPrefixesOf, assertAreasInScope, AuthenticatedActor, seesAnyArea } from '@kongthun/http';
import { AUDIT_LEDGER, AUDIT_MONEY_LOG } from '../ledger/audit-tokens';

/** What scoping reads of a finding: its own area once findings carry one, else the streams it names. */
export interface ScopedFinding {
  findingId: string;
  streamId: string | null;
  evidenceEventIds: readonly string[];
  areaCode?: unknown;
}

/**
 * Auditors see what lies in their areas (ขอบเขตพื้นที่ของผู้ตรวจสอบ). Areas come from the money
 * contract only: a unit's from its declarations, a stream's from the units its money messages
 * belong to, a finding's from its streams. What cannot be placed in an area is seen only by those
 * who see every area (admin, a national auditor): a scoped auditor is never shown a guess.
 */
@Injectable()
export class AuditScope {
  constructor(
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
    @Inject(AUDIT_MONEY_LOG) private readonly moneyLog: MoneyLogStore,
  ) {}

  async assertUnit(actor: AuthenticatedActor, unit: MoneyUnitRef): Promise<void> {
    if (areaPrefixesOf(actor) === 'all') return;
    assertAreasInScope(actor, await this.moneyLog.unitAreas(unit), `unit ${unit.programme}/${unit.unitId}`);
  }

  async assertStream(actor: AuthenticatedActor, streamId: string): Promise<void> {
    if (areaPrefixesOf(actor) === 'all') return;
    assertAreasInScope(actor, (await this.moneyLog.streamAreas([streamId])).get(streamId) ?? [], `stream ${streamId}`);
  }

  /** An event the ledger does not hold passes: the route answers 404 for it, which tells nothing. */
  async assertEvent(actor: AuthenticatedActor, eventId: string): Promise<void> {
    if (areaPrefixesOf(actor) === 'all') return;
    const entry = await this.ledger.entry(eventId);
    if (entry) await this.assertStream(actor, entry.event.streamId);
  }

  async assertFinding(actor: AuthenticatedActor, finding: ScopedFinding): Promise<void> {
    if (areaPrefixesOf(actor) === 'all') return;
    assertAreasInScope(actor, (await this.areasOfFindings([finding])).get(finding.findingId) ?? [], `finding ${finding.findingId}`);
  }

  /** The findings the actor may see, in the order given. */
  async visibleFindings<F extends ScopedFinding>(actor: AuthenticatedActor, findings: readonly F[]): Promise<F[]> {
    if (areaPrefixesOf(actor) === 'all') return [...findings];
    const areas = await this.areasOfFindings(findings);
    return findings.filter((finding) => seesAnyArea(actor, areas.get(finding.findingId) ?? []));
  }

  private async areasOfFindings(findings: readonly ScopedFinding[]): Promise<Map<string, string[]>> {
    const streamsOf = new Map<string, string[]>();
    const eventStreams = new Map<string, string | undefined>();
    for (const finding of findings) {
      if (typeof finding.areaCode === 'string') continue;
      for (const eventId of finding.evidenceEventIds)
        if (!eventStreams.has(eventId)) eventStreams.set(eventId, (await this.ledger.entry(eventId))?.event.streamId);
      const streams = [finding.streamId, ...finding.evidenceEventIds.map((eventId) => eventStreams.get(eventId))].filter(
        (id): id is string => typeof id === 'string',
      );
      streamsOf.set(finding.findingId, [...new Set(streams)]);
    }
    const streamAreas = await this.moneyLog.streamAreas([...new Set([...streamsOf.values()].flat())]);
    return new Map(
      findings.map((finding) => [
        finding.findingId,
        typeof finding.areaCode === 'string'
          ? [finding.areaCode]
          : [...new Set((streamsOf.get(finding.findingId) ?? []).flatMap((streamId) => streamAreas.get(streamId) ?? []))],
      ]),
    );
  }
}
