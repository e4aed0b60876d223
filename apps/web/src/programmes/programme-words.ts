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

export const notApplicableWord = wordsOf({ 'already-paid': 'reasonAlreadyPaid', 'not-assessed': 'reasonNotAssessed' });

export const programmeWord = wordsOf({ grants: 'programmeGrants', welfare: 'programmeWelfare', relief: 'programmeRelief' });
