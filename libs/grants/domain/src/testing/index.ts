export * from './saraburi';
