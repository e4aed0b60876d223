export * from './embedded-app';
export * from './embedded-config';
export * from './embedded.module';
export * from './demo/load-demo';
export * from './demo/demo-people';
export * from './demo/demo-rules';
export * from './embedded-service-data';
export * from './embedded-audit';
