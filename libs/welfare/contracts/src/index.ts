export * from './welfare-event-schemas';
export * from './upcasters';
export * from './parse-welfare-event';
export * from './welfare-unit-terms';
export * from './rule-vectors';
