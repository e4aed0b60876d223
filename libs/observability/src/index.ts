export * from './context/trace-context';
export * from './logging/logger-params';
export * from './logging/redaction';
export * from './logging/trace-middleware';
export * from './metrics/metric-families';
export * from './metrics/http-metrics.middleware';
export * from './metrics/metrics.controller';
export * from './observability.module';
