export * from './welfare.module';
export * from './commands/fund-command-handler';
export * from './commands/fund-event-codec';
export * from './queries/fund-views';
