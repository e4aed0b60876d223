export * from './store/finance-store';
export * from './store/disbursement-details';
