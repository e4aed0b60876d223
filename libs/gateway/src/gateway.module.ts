import { DynamicModule, MiddlewareConsumer, Module, NestModule, OnApplicationShutdown } from '@nestjs/common';
import { Downstreams, GatewayOptions } from './downstream/downstreams';
import { GatewayDocsController } from './http/gateway-docs.controller';
import { GatewayHealthController } from './http/gateway-health.controller';
import { GatewayProxyController } from './http/gateway-proxy.controller';
import { requestIdMiddleware } from './http/request-id';

class DownstreamsShutdown implements OnApplicationShutdown {
  constructor(private readonly downstreams: Downstreams) {}
  onApplicationShutdown(): void {
    this.downstreams.shutdown();
  }
}

/**
 * The gateway: /health, the merged /api/docs-json, and /api/<service>/… to each service. The proxy
 * reads raw bodies, so the host that mounts it creates its app with `bodyParser: false`.
 */
@Module({})
export class GatewayModule implements NestModule {
  static register(options: GatewayOptions): DynamicModule {
    const downstreams = new Downstreams(options);
    return {
      module: GatewayModule,
      // The docs before the proxy: /api/docs-json is the gateway's, not a service named "docs-json".
      controllers: [GatewayHealthController, GatewayDocsController, GatewayProxyController],
      providers: [
        { provide: Downstreams, useValue: downstreams },
        { provide: DownstreamsShutdown, useFactory: () => new DownstreamsShutdown(downstreams) },
      ],
      exports: [Downstreams],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestIdMiddleware).forRoutes('{*path}');
  }
}
