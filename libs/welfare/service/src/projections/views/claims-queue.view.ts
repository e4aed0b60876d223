import { DocumentChange } from '@kongthun/read-models';
import { claimDocumentId, ClaimDocument, ClaimsQueueDocument, FUND_VIEW_COLLECTIONS } from '../fund-read-models';
import { ViewContext, ViewEvent } from '../view-events';

/**
 * The claims queue: one document per claim awaiting approval, deleted once it is decided, so the
 * queue lists what is open, never every claim the fund ever had. Beside it, a claim's member, for
 * later events that name only the claim.
 */
export const claimsQueueChanges = (event: ViewEvent, context: ViewContext): DocumentChange<ClaimsQueueDocument | ClaimDocument>[] => {
  const { fundId } = event.data;
  switch (event.type) {
    case 'welfare.claim.submitted': {
      const { claimId, memberId, benefit, eventDate, amount, rulesVersion } = event.data;
      const open: ClaimsQueueDocument = {
        fundId,
        order: context.order,
        claim: { claimId, memberId, benefit, eventDate, amount, approverIds: [], rulesVersion },
      };
      const id = claimDocumentId(fundId, claimId);
      return [
        { collection: FUND_VIEW_COLLECTIONS.claims, id, evolve: (stored) => stored ?? { fundId, claimId, memberId } },
        { collection: FUND_VIEW_COLLECTIONS.claimsQueue, id, evolve: (stored) => stored ?? open },
      ];
    }
    case 'welfare.claim.approval-recorded': {
      const { approverId } = event.data;
      const approve = (stored: ClaimsQueueDocument | undefined): ClaimsQueueDocument | undefined =>
        stored && { ...stored, claim: { ...stored.claim, approverIds: [...stored.claim.approverIds, approverId] } };
      return [{ collection: FUND_VIEW_COLLECTIONS.claimsQueue, id: claimDocumentId(fundId, event.data.claimId), evolve: approve }];
    }
    case 'welfare.claim.approved':
    case 'welfare.claim.rejected':
      return [
        {
          collection: FUND_VIEW_COLLECTIONS.claimsQueue,
          id: claimDocumentId(fundId, event.data.claimId),
          evolve: (stored) => (stored === undefined ? undefined : null),
        },
      ];
    default:
      return [];
  }
};
