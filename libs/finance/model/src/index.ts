export * from './finance-record';
export * from './finance-records-of';
export * from './fiscal-day';
export * from './home-area';
export * from './finance-query';
export * from './finance-totals';
export * from './finance-books';
