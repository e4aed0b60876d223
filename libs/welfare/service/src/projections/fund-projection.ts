import { DocumentChange, orderOf, ReadModelStore, StepOutcome } from '@kongthun/read-models';
import {
  ClaimDocument,
  claimDocumentId,
  FUND_VIEW_COLLECTIONS,
  FUND_VIEWS_PROJECTION,
  MemberStatementDocument,
  statementDocumentId,
} from './fund-read-models';
import { ProjectedEvent, ViewContext, ViewEvent, viewEventOf } from './view-events';
import { claimsQueueChanges } from './views/claims-queue.view';
import { fundListChanges } from './views/fund-list.view';
import { fundRulesChanges } from './views/fund-rules.view';
import { memberListChanges } from './views/member-list.view';
import { MemberNotProjectedError, memberStatementChanges } from './views/member-statement.view';
import { overviewChanges } from './views/overview.view';
import { STATUS_AFTER } from './views/running-totals';
import { threePartyChanges } from './views/three-party.view';

export type { ProjectedEvent } from './view-events';

/** Each view's own evolve, over the events it uses: the documents one event changes. */
const VIEWS: readonly ((event: ViewEvent, context: ViewContext) => DocumentChange[])[] = [
  overviewChanges,
  fundRulesChanges,
  fundListChanges,
  memberStatementChanges,
  memberListChanges,
  claimsQueueChanges,
  threePartyChanges,
];

/**
 * A claim event after submission names only the claim: its member has not been projected yet when
 * the submission is still on its way (another stream, another partition). Retried, never skipped.
 */
export class ClaimNotProjectedError extends Error {
  constructor(fundId: string, claimId: string, type: string) {
    super(`${type} names claim ${claimId} of fund ${fundId}, whose submission is not projected`);
    this.name = 'ClaimNotProjectedError';
  }
}

/** Revisions padded to 20 digits sort as text in number order. */
const REVISION_DIGITS = 20;

/**
 * Keeps the welfare views (overview and the fund's rules, fund list, member statement, member list, claims queue,
 * 3-party report) from welfare events, whichever streams hold them: each view has its own small
 * evolve over the events it uses, and writes only the few small documents the event is about,
 * keyed on the fund, member, claim or fiscal year the event names. No document holds a whole fund.
 *
 * One checkpoint per source stream (the last revision applied): a redelivered revision is a no-op,
 * a gap throws `ReadModelGapError` (the message is retried or dead-lettered, never skipped); an
 * event of a type no view uses, or of a type not known yet, moves the checkpoint and changes
 * nothing. Dropping the views and replaying the log rebuilds the same documents.
 */
export class FundProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(event: ProjectedEvent): Promise<StepOutcome | 'not-a-fund-event'> {
    const { streamId, streamRevision: revision } = event;
    if (!event.type.startsWith('welfare.')) return 'not-a-fund-event';
    const last = await this.readModels.lastApplied(FUND_VIEWS_PROJECTION, streamId);
    // Redeliveries and gaps stop here, before any look-up (the store checks again as it applies).
    if (orderOf(FUND_VIEWS_PROJECTION, streamId, last, revision) === 'already-applied') return 'already-applied';
    const viewEvent = typeof event.data.fundId === 'string' ? viewEventOf(event) : undefined;
    let changes: DocumentChange[] = [];
    if (viewEvent !== undefined) {
      const context = await this.contextOf(viewEvent, event);
      changes = VIEWS.flatMap((view) => view(viewEvent, context));
    }
    return this.readModels.change({ projection: FUND_VIEWS_PROJECTION, streamId, revision, changes });
  }

  /** The facts other events left that this one's changes depend on: a claim's member, a member's status before. */
  private async contextOf(event: ViewEvent, { streamId, streamRevision: revision, recordedAt }: ProjectedEvent): Promise<ViewContext> {
    const order = `${recordedAt ?? ''}|${streamId}|${revision.toString().padStart(REVISION_DIGITS, '0')}`;
    const context: ViewContext = { streamId, revision, order };
    const { fundId } = event.data;
    if (event.type in STATUS_AFTER && event.type !== 'welfare.member.enrolled' && 'memberId' in event.data) {
      const { memberId } = event.data;
      const stored = await this.readModels.get<MemberStatementDocument>(
        FUND_VIEW_COLLECTIONS.statements,
        statementDocumentId(fundId, memberId),
      );
      if (stored === undefined) throw new MemberNotProjectedError(fundId, memberId, event.type);
      const { statusChange, statement } = stored.body;
      // This very event may have changed the statement already, before a crash kept its checkpoint back.
      const again = statusChange?.streamId === streamId && statusChange.revision === revision.toString();
      return { ...context, statusBefore: again ? statusChange.from : statement.status };
    }
    if ('claimId' in event.data) {
      if ('memberId' in event.data) return { ...context, memberId: event.data.memberId };
      const { claimId } = event.data;
      const claim = await this.readModels.get<ClaimDocument>(FUND_VIEW_COLLECTIONS.claims, claimDocumentId(fundId, claimId));
      if (claim === undefined) throw new ClaimNotProjectedError(fundId, claimId, event.type);
      return { ...context, memberId: claim.body.memberId };
    }
    return context;
  }

  /** Forgets every welfare view, so that replaying the log from its start rebuilds them. */
  drop(): Promise<void> {
    return this.readModels.drop(FUND_VIEWS_PROJECTION, Object.values(FUND_VIEW_COLLECTIONS));
  }
}
