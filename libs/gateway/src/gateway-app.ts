import { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WebAsset, webAppRoutes } from '@kongthun/web-serving';
import { GatewayOptions } from './downstream/downstreams';
import { GatewayModule } from './gateway.module';

export interface GatewayAppOptions extends GatewayOptions {
  /** The built web application (apps/web), served at `/` and every page address outside `/api`. */
  webApp?: Map<string, WebAsset>;
  logger?: LoggerService | LogLevel[] | false;
}

/**
 * The gateway's HTTP application: bodies pass through untouched (the services parse and check
 * them), and the web application is served beside the API, as the embedded host serves it.
 */
export const createGatewayApp = async (options: GatewayAppOptions): Promise<INestApplication> => {
  const { webApp, logger, ...gateway } = options;
  const app = await NestFactory.create(GatewayModule.register(gateway), { bodyParser: false, ...(logger === undefined ? {} : { logger }) });
  if (webApp) app.use(webAppRoutes(webApp));
  return app;
};
