export * from './welfare-event-schemas';
export * from './upcasters';
export * from './parse-welfare-event';
