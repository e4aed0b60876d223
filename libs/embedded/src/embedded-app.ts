import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EventStore } from '@kongthun/event-sourcing';
import { AuditModuleOptions } from '@kongthun/audit-service';
import { EventLogPublisher } from '@kongthun/messaging';
import { SessionOptions } from '@kongthun/identity-service';
import { EmbeddedModule } from './embedded.module';
import { EmbeddedServiceDataOptions, openServiceData } from './embedded-service-data';
import { buildWebApp } from './web/web-app-bundle';
import { webAppRoutes } from './web/web-app-routes';

export interface EmbeddedAppOptions {
  store: EventStore;
  publishers: EventLogPublisher[];
  jwtSecret: string;
  citizenIdKey: string;
  /** Where idempotency records and encrypted personal data are kept; in memory when absent (tests). */
  serviceData?: EmbeddedServiceDataOptions;
  /** The audit service's module options (`openEmbeddedAudit`); without them the host runs no audit. */
  audit?: AuditModuleOptions;
  logger?: false;
  /** Token lifetimes (`sessionOptionsFromEnv`); 15 min access, 7 days refresh when absent. */
  sessions?: SessionOptions;
  /** Milliseconds between runs of the lapse job (hourly when absent); 0 turns it off. */
  lapseIntervalMs?: number;
  /** Serve the web application (apps/web) at `/`, built in memory at start; `npm start` does. */
  webApp?: boolean;
}

/** The Nest application of the embedded host, with the OpenAPI document at /api/docs. */
export const createEmbeddedApp = async (options: EmbeddedAppOptions): Promise<INestApplication> => {
  const app = await NestFactory.create(EmbeddedModule.register({ ...options, ...(await openServiceData(options.serviceData)) }), {
    logger: options.logger ?? ['error', 'warn'],
  });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kongthun (กองทุน) API')
      .setDescription(
        'Community welfare funds: commands record events; views read them. The audit service keeps its own verifiable ledger of every event. Errors: {code, message, messageTh}.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  if (options.webApp) app.use(webAppRoutes(await buildWebApp()));
  return app;
};
