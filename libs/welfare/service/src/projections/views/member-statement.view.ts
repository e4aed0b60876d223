import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, MemberStatementDocument, statementDocumentId, StatementClaim } from '../fund-read-models';
import { ViewContext, ViewEvent } from '../view-events';
import { STATUS_AFTER } from './running-totals';

/**
 * An event about a member this view has not seen enrol: applying it to nothing would lose it, so
 * the step fails and the event is retried (then dead-lettered), never skipped.
 */
export class MemberNotProjectedError extends Error {
  constructor(fundId: string, memberId: string, type: string) {
    super(`${type} names member ${memberId} of fund ${fundId}, whose enrolment is not projected`);
    this.name = 'MemberNotProjectedError';
  }
}

const withClaim = (document: MemberStatementDocument, claimId: string, change: Partial<StatementClaim>): MemberStatementDocument => ({
  ...document,
  statement: {
    ...document.statement,
    claims: document.statement.claims.map((claim) => (claim.claimId === claimId ? { ...claim, ...change } : claim)),
  },
});

const withStanding = (document: MemberStatementDocument, paidThrough: string | null, contributions: number): MemberStatementDocument => ({
  ...document,
  standing: { ...document.standing, paidThrough },
  statement: { ...document.statement, paidThrough, contributions },
});

const evolveStatement = (
  document: MemberStatementDocument,
  event: ViewEvent,
  context: ViewContext,
): MemberStatementDocument | undefined => {
  switch (event.type) {
    case 'welfare.member.lapsed':
    case 'welfare.member.resigned':
    case 'welfare.member.died': {
      const from = document.statement.status;
      const status = STATUS_AFTER[event.type];
      const statusChange = { streamId: context.streamId, revision: context.revision.toString(), from };
      return { ...document, statusChange, statement: { ...document.statement, status } };
    }
    case 'welfare.contribution.recorded':
      return withStanding(document, event.data.periodTo, document.statement.contributions + 1);
    case 'welfare.contribution.reversed':
      return withStanding(document, event.data.paidThrough, document.statement.contributions - 1);
    case 'welfare.claim.submitted': {
      const { claimId, benefit, eventDate, amount } = event.data;
      const claim: StatementClaim = { claimId, benefit, eventDate, amount, status: 'submitted', payout: null };
      return { ...document, statement: { ...document.statement, claims: [...document.statement.claims, claim] } };
    }
    case 'welfare.claim.approved':
      return withClaim(document, event.data.claimId, { status: 'approved' });
    case 'welfare.claim.rejected':
      return withClaim(document, event.data.claimId, { status: 'rejected' });
    case 'welfare.payout.made':
      return withClaim(document, event.data.claimId, { status: 'paid', payout: { payoutId: event.data.payoutId, reversed: false } });
    case 'welfare.payout.reversed':
      // The claim is back to approved, with no payout in effect, as the fund's books have it.
      return withClaim(document, event.data.claimId, { status: 'approved', payout: null });
    default:
      return undefined;
  }
};

const STATEMENT_EVENT_TYPES: ReadonlySet<string> = new Set<ViewEvent['type']>([
  'welfare.member.lapsed',
  'welfare.member.resigned',
  'welfare.member.died',
  'welfare.contribution.recorded',
  'welfare.contribution.reversed',
  'welfare.claim.submitted',
  'welfare.claim.approved',
  'welfare.claim.rejected',
  'welfare.payout.made',
  'welfare.payout.reversed',
]);

/** The member statement: one document per member, its claims included (a member has few). */
export const memberStatementChanges = (event: ViewEvent, context: ViewContext): DocumentChange<MemberStatementDocument>[] => {
  const { fundId } = event.data;
  if (event.type === 'welfare.member.enrolled') {
    const { memberId, planId, enrolledOn } = event.data;
    const document: MemberStatementDocument = {
      fundId,
      memberId,
      standing: { planId, enrolledOn, paidThrough: null },
      statement: { memberId, status: 'active', planId, enrolledOn, paidThrough: null, contributions: 0, claims: [] },
      statusChange: null,
    };
    return [
      { collection: FUND_VIEW_COLLECTIONS.statements, id: statementDocumentId(fundId, memberId), evolve: (stored) => stored ?? document },
    ];
  }
  const memberId = 'memberId' in event.data ? event.data.memberId : context.memberId;
  if (memberId === undefined || !STATEMENT_EVENT_TYPES.has(event.type)) return [];
  return [
    {
      collection: FUND_VIEW_COLLECTIONS.statements,
      id: statementDocumentId(fundId, memberId),
      evolve: (stored) => {
        if (stored === undefined) throw new MemberNotProjectedError(fundId, memberId, event.type);
        return evolveStatement(stored, event, context);
      },
    },
  ];
};
