export * from './given-when-then';
export * from './talat-yai-fund';
