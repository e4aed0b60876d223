import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import { LoggingOptions, loggerParams } from './logging/logger-params';
import { traceMiddleware } from './logging/trace-middleware';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { METRICS_SCRAPE_TOKEN, MetricsController } from './metrics/metrics.controller';

export interface ObservabilityOptions extends LoggingOptions {
  /** When set, /metrics wants `Authorization: Bearer <token>` (KONGTHUN_METRICS_TOKEN). */
  metricsToken?: string;
}

/** JSON logs through nestjs-pino and Prometheus metrics at /metrics, for one service. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(options))],
      controllers: [MetricsController],
      providers: [{ provide: METRICS_SCRAPE_TOKEN, useValue: options.metricsToken }],
    };
  }
}

/** The settings a service's env gives: LOG_LEVEL and KONGTHUN_METRICS_TOKEN. */
export const observabilityFromEnv = (service: string, env: NodeJS.ProcessEnv): ObservabilityOptions => ({
  service,
  level: (env.LOG_LEVEL as ObservabilityOptions['level']) ?? 'info',
  metricsToken: env.KONGTHUN_METRICS_TOKEN || undefined,
});

/**
 * Call right after NestFactory.create (with `bufferLogs: true`): Nest's own lines go through pino,
 * and the trace ids and the latency timer wrap every request, before any other middleware.
 */
export const useObservability = (app: INestApplication): void => {
  app.use(traceMiddleware);
  app.use(httpMetricsMiddleware);
  app.useLogger(app.get(Logger));
  app.flushLogs();
};
