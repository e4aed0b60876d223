export * from './store/read-model-store';
export * from './store/stream-order';
export * from './store/read-model-freshness';
export * from './memory/in-memory-read-model-store';
export * from './mongoose/mongoose-read-model-store';
export * from './log/event-log-follower';
export * from './log/read-model-behind-error';
export * from './guarded/breaker-guarded-read-model-store';
