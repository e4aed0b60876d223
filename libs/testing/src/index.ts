export * from './engine-suite';
export * from './oidc-provider';
