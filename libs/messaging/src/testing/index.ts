export * from './message-bus-contract';
export * from './bus-test-kit';
