import { Inject, Injectable } from '@nestjs/common';
import { CaseEventType, CaseState, isCaseEventType } from '@kongthun/audit-cases';
import { AuditLedgerStore, FindingIndexChange } from '@kongthun/audit-store';
import { EventStore, LogEntry } from '@kongthun/event-sourcing';
import { AUDIT_EVENT_STORE, AUDIT_LEDGER } from '../ledger/audit-tokens';
import { FINDING_RAISED, RaisedFinding, raisedFrom } from './findings-log';

/** What each case step does to the status the listing shows; a note changes nothing. */
const STATUS_AFTER: Record<CaseEventType, CaseState['status'] | undefined> = {
  'audit.case.opened': 'Open',
  'audit.case.investigation-started': 'Investigating',
  'audit.case.note-added': undefined,
  'audit.case.closed': 'Closed',
};

const changeOf = ({ event }: LogEntry): FindingIndexChange[] => {
  if (event.type === FINDING_RAISED) {
    const finding = raisedFrom(event);
    return [{ kind: 'raised', findingId: finding.findingId, finding }];
  }
  if (!isCaseEventType(event.type)) return [];
  const status = STATUS_AFTER[event.type];
  // A case shares its finding's id.
  return status ? [{ kind: 'case-status', findingId: String(event.data.caseId), status }] : [];
};

export interface FindingsPage {
  findings: (RaisedFinding & { caseStatus: CaseState['status'] })[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

const BATCH = 500;

/**
 * The findings listing with each finding's case status, a projection of the audit service's own
 * event log kept in the ledger's database. Before a page is read it follows the log from its
 * checkpoint, so it reads only what was recorded since (findings raised, case steps) and a page
 * is one query: no read per finding, and never stale after a case step.
 */
@Injectable()
export class FindingListProjection {
  constructor(
    @Inject(AUDIT_EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
  ) {}

  async catchUp(): Promise<void> {
    const index = this.ledger.findingIndex;
    for (;;) {
      const from = await index.checkpoint();
      const batch = await this.store.readAll({ after: from, maxCount: BATCH });
      if (batch.length === 0) return;
      // Lost to a concurrent follower: it applied this batch; continue from where it left.
      const applied = await index.apply(from, batch[batch.length - 1].checkpoint, batch.flatMap(changeOf));
      if (applied && batch.length < BATCH) return;
    }
  }

  /** Newest first; `cursor` from the previous page's `nextCursor`. */
  async page(limit: number, cursor?: number): Promise<FindingsPage> {
    await this.catchUp();
    const rows = await this.ledger.findingIndex.page(limit + 1, cursor);
    const shown = rows.slice(0, limit);
    return {
      findings: shown.map((row) => ({ ...(row.finding as RaisedFinding), caseStatus: row.caseStatus as CaseState['status'] })),
      nextCursor: rows.length > limit ? String(shown[shown.length - 1].seq) : null,
    };
  }
}
