export * from './errors/error-body';
export * from './errors/status-of-code';
export * from './errors/refusal-exception.filter';
export * from './auth/actor';
export * from './auth/auth.decorators';
export * from './auth/token.guard';
export * from './auth/auth.module';
