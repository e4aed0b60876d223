export * from './finance-messages';
