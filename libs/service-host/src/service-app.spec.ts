import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { ObservabilityModule } from '@kongthun/observability';
import { requiredEnv } from './required-env';
import { createServiceApp } from './service-app';

@Controller('api/things')
class ThingsController {
  @Get()
  list() {
    return { things: [] };
  }
}

@Module({ imports: [ObservabilityModule.forRoot({ service: 'things', level: 'silent' })], controllers: [ThingsController] })
class ThingsApp {}

describe('a distributed service, as createServiceApp makes it', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => {
    app = await createServiceApp(ThingsApp, {
      service: 'things',
      openApi: { title: 'Kongthun things service', description: 'Things (สิ่งของ)' },
      defaultPort: 0,
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => app.close());

  it('serves its OpenAPI 3.1 document at /api/docs-json, for the gateway to merge', async () => {
    const document = (await (await fetch(`${url}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'Kongthun things service', version: '0.1.0' } });
    expect(Object.keys(document.paths)).toContain('/api/things');
  });

  it('counts its requests at /metrics, by route', async () => {
    await fetch(`${url}/api/things`);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/things"[^}]*\} [1-9]/);
  });

  it('answers each request with a request id, the thread that ties its log lines together', async () => {
    const response = await fetch(`${url}/api/things`);
    expect(response.headers.get('x-request-id')).toMatch(/\S/);
  });
});

describe('requiredEnv', () => {
  it('names the variable a service cannot start without', () => {
    expect(() => requiredEnv('KONGTHUN_NOT_SET', {})).toThrow('KONGTHUN_NOT_SET is required');
    expect(requiredEnv('KONGTHUN_SET', { KONGTHUN_SET: 'x' })).toBe('x');
  });
});
