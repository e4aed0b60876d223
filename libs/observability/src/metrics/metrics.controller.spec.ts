import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ObservabilityModule, useObservability } from '../observability.module';

const appWith = async (metricsToken?: string): Promise<INestApplication> => {
  const moduleRef = await Test.createTestingModule({
    imports: [ObservabilityModule.forRoot({ service: 'test', level: 'silent', metricsToken })],
  }).compile();
  const app = moduleRef.createNestApplication();
  useObservability(app);
  return app.init();
};

describe('/metrics', () => {
  it('is open to a scraper without a user token when no scrape token is configured', async () => {
    const app = await appWith();
    const scraped = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(scraped.text).toContain('# TYPE kongthun_http_request_duration_seconds histogram');
    await app.close();
  });

  it('wants the scrape token as a bearer token when one is configured', async () => {
    const app = await appWith('scrape-secret');
    await request(app.getHttpServer()).get('/metrics').expect(403);
    await request(app.getHttpServer()).get('/metrics').set('authorization', 'Bearer wrong').expect(403);
    await request(app.getHttpServer()).get('/metrics').set('authorization', 'Bearer scrape-secret').expect(200);
    await app.close();
  });
});
