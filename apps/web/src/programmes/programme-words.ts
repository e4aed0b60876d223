import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';

/** A word table: the service's code read in the page's language, and the code itself where the table has no word. */
const wordsOf =
  (table: Record<string, MessageKey>) =>
  (code: string): string =>
    table[code] ? t(table[code]) : code;

export const runStatusWord = wordsOf({
  Created: 'runCreated',
  Approved: 'runApproved',
  Exported: 'runExported',
  Closed: 'runClosedStatus',
});

export const paymentStatusWord = wordsOf({
  issued: 'payIssued',
  paid: 'payPaid',
  failed: 'payFailed',
  returned: 'payReturned',
  reversed: 'payReversed',
});

export const reliefItemWord = wordsOf({
  'house-repair': 'itemHouseRepair',
  clothing: 'itemClothing',
  'flood-duration': 'itemFloodDuration',
  'work-tools': 'itemWorkTools',
  funeral: 'itemFuneral',
});

export const disasterWord = wordsOf({
  flood: 'disasterFlood',
  storm: 'disasterStorm',
  landslide: 'disasterLandslide',
  drought: 'disasterDrought',
  fire: 'disasterFire',
  cold: 'disasterCold',
  other: 'disasterOther',
});

/** A household's status in a declaration's list, in the dashboard's words. */
export const householdStatusWord = wordsOf({ registered: 'registered', assessed: 'assessed', paid: 'paid' });

export const notApplicableWord = wordsOf({ 'already-paid': 'reasonAlreadyPaid', 'not-assessed': 'reasonNotAssessed' });

export const programmeWord = wordsOf({ grants: 'programmeGrants', welfare: 'programmeWelfare', relief: 'programmeRelief' });

/** What an event of a project's or a household's timeline says happened; its stored type stays beside it for auditors. */
export const eventWord = wordsOf({
  'grants.proposal.submitted': 'evProposalSubmitted',
  'grants.review.opened': 'evReviewOpened',
  'grants.review.scored': 'evReviewScored',
  'grants.proposal.rejected': 'evProposalRejected',
  'grants.project.awarded': 'evProjectAwarded',
  'grants.project.relation-declared': 'evRelationDeclared',
  'grants.tranche.released': 'evTrancheReleased',
  'grants.report.submitted': 'evReportSubmitted',
  'grants.report.accepted': 'evReportAccepted',
  'grants.report.queried': 'evReportQueried',
  'grants.agreement.amended': 'evAgreementAmended',
  'grants.refund.received': 'evRefundReceived',
  'grants.project.closed': 'evProjectClosed',
  'relief.households.registered': 'evHouseholdsRegistered',
  'relief.households.assessed': 'evHouseholdsAssessed',
  'relief.payments.issued': 'evPaymentsIssued',
  'relief.payments.settled': 'evPaymentsSettled',
  'relief.payments.failed': 'evPaymentsFailed',
  'relief.payments.returned': 'evPaymentsReturned',
  'relief.payment.reversed': 'evPaymentReversed',
});
