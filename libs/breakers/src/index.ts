export * from './breaker-status';
export * from './breakers';
export * from './dependency-unavailable';
