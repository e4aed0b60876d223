import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';

const STATUS: Record<string, MessageKey> = {
  Proposed: 'statusProposed',
  UnderReview: 'statusUnderReview',
  Rejected: 'statusRejected',
  Active: 'statusActive',
  Cancelled: 'statusCancelled',
  Closed: 'statusClosed',
};

/** A project's status as the officer reads it; an unknown one as the service wrote it. */
export const projectStatus = (status: string): string => (STATUS[status] ? t(STATUS[status]) : status);
