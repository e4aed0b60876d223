export * from './engine-suite';
export * from './oidc-provider';
export * from './kongthun-cli';
