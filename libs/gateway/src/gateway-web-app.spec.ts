import { INestApplication } from '@nestjs/common';
import { buildWebApp, WebAsset } from '@kongthun/web-serving';
import { downstream, json, startDownstream, startGateway } from './testing/test-servers';

describe('the gateway serves the web application', () => {
  let assets: Map<string, WebAsset>;
  let app: INestApplication;
  let url: string;
  let welfare: Awaited<ReturnType<typeof startDownstream>>;

  beforeAll(async () => {
    // The same in-memory build the embedded host serves, from apps/web.
    assets = await buildWebApp();
    welfare = await startDownstream((request, response) => json(response, 200, { url: request.url }));
    ({ app, url } = await startGateway({ downstreams: [downstream('welfare', welfare.url)], webApp: assets }));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await welfare?.close();
  });

  it('answers / and any page address outside /api with the application page', async () => {
    for (const path of ['/', '/app', '/th', '/fund/phuket-talat-yai']) {
      const page = await fetch(`${url}${path}`);
      expect([path, page.status, page.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
      expect(await page.text()).toBe(Buffer.from(assets.get('/index.html')!.contents).toString());
    }
  });

  it('serves the bundle the page loads, byte for byte as built', async () => {
    const script = await fetch(`${url}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(Buffer.from(await script.arrayBuffer()).equals(Buffer.from(assets.get('/assets/app.js')!.contents))).toBe(true);
    const fonts = [...assets.keys()].filter((path) => path.startsWith('/assets/fonts/'));
    expect(fonts.length).toBeGreaterThan(0);
    const font = await fetch(`${url}${fonts[0]}`);
    expect([font.status, font.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    // An asset that is not there is not answered with the page.
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  });

  it('still routes /api to the services and keeps /health its own', async () => {
    const routed = await fetch(`${url}/api/welfare/funds`);
    expect(await routed.json()).toEqual({ url: '/api/welfare/funds' });
    const unknown = await fetch(`${url}/api/nowhere`);
    expect([unknown.status, unknown.headers.get('content-type')]).toEqual([404, expect.stringContaining('application/json')]);
    const health = await fetch(`${url}/health`);
    expect(health.headers.get('content-type')).toContain('application/json');
  });

  it('serves no page for a POST', async () => {
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(404);
  });
});
