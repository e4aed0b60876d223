export * from './bus/message-bus';
export * from './publisher/checkpoint-store';
export * from './publisher/event-message';
export * from './publisher/breaker-state';
export * from './publisher/event-log-publisher';
export * from './inbox/sql-inbox';
export * from './health/messaging-health.module';
export * from './health/publisher-health.indicator';
