export * from './grants.module';
export * from './commands/grants-command-handler';
export * from './commands/receipt-hasher';
export * from './views/grants-projection';
export * from './views/grants-views';
export * from './views/grants-events-consumer';
export * from './money-contract/grants-money-drafts';
export * from './money-contract/grants-money-publisher';
export * as grantsAnswers from './http/grants-answers';
