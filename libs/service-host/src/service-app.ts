import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OpenApiInfo, serveOpenApi } from '@kongthun/http';
import { useObservability } from '@kongthun/observability';

/** What a distributed service says of itself: its name in logs, its OpenAPI document, its port. */
export interface ServiceHost {
  service: string;
  openApi: Omit<OpenApiInfo, 'version'>;
  defaultPort: number;
}

/**
 * The service's Nest app with JSON logs, metrics and trace ids (its module imports
 * ObservabilityModule) and its document at /api/docs-json, which the gateway merges: every
 * service gets them the same way, so none can be left without.
 */
export const createServiceApp = async (module: Type<unknown>, host: ServiceHost): Promise<INestApplication> => {
  const app = await NestFactory.create(module, { bufferLogs: true });
  useObservability(app);
  app.enableShutdownHooks();
  serveOpenApi(app, { ...host.openApi, version: '0.1.0' });
  return app;
};
