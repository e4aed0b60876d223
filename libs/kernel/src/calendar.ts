// Bangkok calendar days and contribution months: every context's business dates.
export * from './calendar-date';
export * from './contribution-month';
