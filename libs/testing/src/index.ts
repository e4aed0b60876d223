export * from './engine-suite';
