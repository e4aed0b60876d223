export * from './grants.module';
export * from './commands/grants-command-handler';
export * from './commands/receipt-hasher';
export * from './views/grants-projection';
export * from './views/grants-views';
