import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventStore } from '@kongthun/event-sourcing';
import { AuditModuleOptions } from '@kongthun/audit-service';
import { serveOpenApi } from '@kongthun/http';
import { EventLogPublisher } from '@kongthun/messaging';
import { ObservabilityOptions, useObservability } from '@kongthun/observability';
import { API_KEY_SCHEME, FinanceModuleOptions } from '@kongthun/finance-service';
import { SessionOptions } from '@kongthun/identity-service';
import { OidcOptions } from '@kongthun/http';
import { EmbeddedModule } from './embedded.module';
import { EmbeddedServiceDataOptions, openServiceData } from './embedded-service-data';
import { buildWebApp, webAppRoutes } from '@kongthun/web-serving';

export interface EmbeddedAppOptions {
  store: EventStore;
  publishers: EventLogPublisher[];
  jwtSecret: string;
  citizenIdKey: string;
  /** Where idempotency records and encrypted personal data are kept; in memory when absent (tests). */
  serviceData?: EmbeddedServiceDataOptions;
  /** The audit service's module options (`openEmbeddedAudit`); without them the host runs no audit. */
  audit?: AuditModuleOptions;
  /** false: no log lines at all (tests that do not read them). */
  logger?: false;
  /** JSON logs and /metrics (LOG_LEVEL, KONGTHUN_METRICS_TOKEN); tests may pass a destination to read lines. */
  observability?: Partial<ObservabilityOptions>;
  /** Token lifetimes (`sessionOptionsFromEnv`); 15 min access, 7 days refresh when absent. */
  sessions?: SessionOptions;
  /** Also accept tokens from this OpenID Connect provider (`oidcOptionsFromEnv`). */
  oidc?: OidcOptions;
  /** Milliseconds between runs of the lapse job (hourly when absent); 0 turns it off. */
  lapseIntervalMs?: number;
  /** Provincial finance (`openEmbeddedFinance`); without it the host serves no /api/finance. */
  finance?: FinanceModuleOptions;
  /** Serve the web application (apps/web) at `/`, built in memory at start; `npm start` does. */
  webApp?: boolean;
}

/** The Nest application of the embedded host, with the OpenAPI document at /api/docs. */
export const createEmbeddedApp = async (options: EmbeddedAppOptions): Promise<INestApplication> => {
  const observability: ObservabilityOptions = {
    service: 'embedded',
    ...options.observability,
    ...(options.logger === false && !options.observability?.destination ? { level: 'silent' } : {}),
  };
  const app = await NestFactory.create(
    EmbeddedModule.register({ ...options, observability, ...(await openServiceData(options.serviceData)) }),
    { bufferLogs: true },
  );
  useObservability(app);
  serveOpenApi(app, {
    title: 'Kongthun (กองทุน) API',
    description:
      'Community welfare funds: commands record events; views read them. The audit service keeps its own verifiable ledger of every event. Errors: {code, message, messageTh, details}.',
    version: '0.1.0',
    apiKeys: [
      { scheme: API_KEY_SCHEME, header: 'x-api-key', description: 'a provincial-finance API key (also: Authorization: ApiKey <key>)' },
    ],
  });
  if (options.webApp) app.use(webAppRoutes(await buildWebApp()));
  return app;
};
