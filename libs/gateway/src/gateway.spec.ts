import { ServerResponse } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { closedPortUrl, downstream, json, SeenRequest, startDownstream, startGateway } from './testing/test-servers';

type Downstream = Awaited<ReturnType<typeof startDownstream>>;
const servers: Downstream[] = [];
const apps: INestApplication[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const serve = async (answer: (request: SeenRequest, response: ServerResponse) => void) => {
  const server = await startDownstream(answer);
  servers.push(server);
  return server;
};
const gateway = async (...downstreams: Parameters<typeof startGateway>[0]['downstreams']) => {
  const started = await startGateway({ downstreams });
  apps.push(started.app);
  return started.url;
};
const echo = (request: SeenRequest, response: ServerResponse) =>
  json(response, 200, { method: request.method, url: request.url, body: request.body });

describe('the gateway', () => {
  it('routes /api/welfare and /api/audit to their services with path, query, body and status as they came', async () => {
    const welfare = await serve((request, response) => json(response, 201, { got: JSON.parse(request.body) }));
    const audit = await serve(echo);
    const url = await gateway(downstream('welfare', welfare.url), downstream('audit', audit.url));

    const posted = await fetch(`${url}/api/welfare/funds/f-1/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ amount: '360.00' }),
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toEqual({ got: { amount: '360.00' } });
    expect(welfare.seen[0]).toMatchObject({ method: 'POST', url: '/api/welfare/funds/f-1/contributions' });
    expect(welfare.seen[0].headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'application/json' });

    const read = await fetch(`${url}/api/audit/findings?limit=5`);
    expect(await read.json()).toEqual({ method: 'GET', url: '/api/audit/findings?limit=5', body: '' });
    expect(welfare.seen).toHaveLength(1);
  });

  it('routes /api/auth, the logins and sessions, to the identity service, with /api/identity', async () => {
    const identity = await serve(echo);
    const welfare = await serve(echo);
    const url = await gateway(downstream('welfare', welfare.url), downstream('identity', identity.url));
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', body: '{"username":"kanda"}' });
    expect(await login.json()).toEqual({ method: 'POST', url: '/api/auth/login', body: '{"username":"kanda"}' });
    await fetch(`${url}/api/identity/users?limit=5`);
    expect(identity.seen.map((request) => request.url)).toEqual(['/api/auth/login', '/api/identity/users?limit=5']);
    expect(welfare.seen).toHaveLength(0);
  });

  it('answers a service it does not know with 404, and a known one without an address with 503 and a code', async () => {
    const url = await gateway(downstream('welfare', (await serve(echo)).url));
    const unknown = await fetch(`${url}/api/nowhere/x`);
    expect({ status: unknown.status, code: ((await unknown.json()) as { code: string }).code }).toEqual({
      status: 404,
      code: 'request.not-found',
    });
    const grants = await fetch(`${url}/api/grants/programmes`);
    expect(grants.status).toBe(503);
    expect(await grants.json()).toMatchObject({
      code: 'gateway.downstream-unavailable',
      messageTh: expect.any(String),
      details: { configured: false },
    });
  });

  it('passes the client request id to the service and back, and makes one when the client sent none', async () => {
    const welfare = await serve(echo);
    const url = await gateway(downstream('welfare', welfare.url));
    const given = await fetch(`${url}/api/welfare/funds`, { headers: { 'x-request-id': 'req-from-client-1' } });
    expect(given.headers.get('x-request-id')).toBe('req-from-client-1');
    expect(welfare.seen[0].headers['x-request-id']).toBe('req-from-client-1');

    const made = await fetch(`${url}/api/welfare/funds`);
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(welfare.seen[1].headers['x-request-id']).toBe(id);
  });

  it('retries a GET that failed on the way, and never a POST', async () => {
    let failuresLeft = 2;
    const welfare = await serve((request, response) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        json(response, 503, { code: 'read-model.behind' });
        return;
      }
      echo(request, response);
    });
    const url = await gateway(downstream('welfare', welfare.url, { readRetries: 2 }));
    const read = await fetch(`${url}/api/welfare/funds`);
    expect(read.status).toBe(200);
    expect(welfare.seen.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);

    failuresLeft = 2;
    const write = await fetch(`${url}/api/welfare/funds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(write.status).toBe(503);
    expect(await write.json()).toEqual({ code: 'read-model.behind' });
    expect(welfare.seen.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  });

  it('answers 504 gateway.timeout when the service is slower than its timeout, and sends a timed-out POST once', async () => {
    const slow = await serve((request, response) => setTimeout(() => echo(request, response), 1_500));
    const url = await gateway(downstream('audit', slow.url, { timeoutMs: 150, readRetries: 1 }));
    const read = await fetch(`${url}/api/audit/findings`);
    expect(read.status).toBe(504);
    expect(await read.json()).toMatchObject({ code: 'gateway.timeout', details: { service: 'audit', timeoutMs: 150 } });
    expect(slow.seen.filter((request) => request.method === 'GET')).toHaveLength(2);

    const write = await fetch(`${url}/api/audit/checks`, { method: 'POST' });
    expect(write.status).toBe(504);
    expect(slow.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('refuses with 503 gateway.bulkhead-full over the limit of requests in flight to one service, and not to another', async () => {
    const held: (() => void)[] = [];
    let holding = true;
    const welfare = await serve((request, response) => (holding ? held.push(() => echo(request, response)) : echo(request, response)));
    const audit = await serve(echo);
    const url = await gateway(downstream('welfare', welfare.url, { maxConcurrent: 2 }), downstream('audit', audit.url));
    const first = [fetch(`${url}/api/welfare/a`), fetch(`${url}/api/welfare/b`)];
    while (welfare.seen.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));

    const over = await fetch(`${url}/api/welfare/c`);
    expect(over.status).toBe(503);
    expect(await over.json()).toMatchObject({ code: 'gateway.bulkhead-full', details: { service: 'welfare', limit: 2 } });
    expect((await fetch(`${url}/api/audit/x`)).status).toBe(200);

    holding = false;
    held.forEach((release) => release());
    expect((await Promise.all(first)).map((response) => response.status)).toEqual([200, 200]);
    expect((await fetch(`${url}/api/welfare/d`)).status).toBe(200);
  });

  it('opens the breaker of a service that is down, refuses at once while it is open, and /health shows it', async () => {
    const audit = await serve((request, response) =>
      request.url === '/health' ? json(response, 200, { status: 'ok' }) : echo(request, response),
    );
    const down = await closedPortUrl();
    const url = await gateway(
      downstream('welfare', down, {
        readRetries: 0,
        breaker: { errorThresholdPercentage: 50, volumeThreshold: 2, resetTimeoutMs: 60_000, rollingCountTimeoutMs: 10_000 },
      }),
      downstream('audit', audit.url),
    );
    for (const _ of [1, 2]) {
      const failed = await fetch(`${url}/api/welfare/funds`);
      expect(await failed.json()).toMatchObject({ code: 'gateway.downstream-unavailable' });
    }
    const refused = await fetch(`${url}/api/welfare/funds`);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({
      code: 'gateway.downstream-unavailable',
      details: { service: 'welfare', breaker: 'open' },
    });

    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'degraded',
      downstreams: {
        welfare: { status: 'down', breaker: { state: 'open', failures: 2 } },
        audit: { status: 'up', probe: 200, breaker: { state: 'closed' } },
      },
    });
  });

  it('serves one OpenAPI document merged from the services, each route with the gateway refusals', async () => {
    const docOf = (path: string) => ({
      openapi: '3.1.0',
      info: { title: path, version: '1' },
      paths: { [path]: { get: { summary: path, responses: { '200': { description: 'ok' } } } }, '/health': { get: { responses: {} } } },
      components: { schemas: { ErrorBody: { type: 'object' } } },
    });
    const welfare = await serve((request, response) => json(response, 200, docOf('/api/welfare/funds')));
    const audit = await serve((request, response) => json(response, 200, docOf('/api/audit/findings')));
    const url = await gateway(
      downstream('welfare', welfare.url),
      downstream('audit', audit.url),
      downstream('relief', await closedPortUrl()),
    );
    const merged = (await (await fetch(`${url}/api/docs-json`)).json()) as {
      paths: Record<string, { get: { responses: object } }>;
      components: { schemas: Record<string, object> };
      info: { description: string };
    };
    expect(Object.keys(merged.paths).sort()).toEqual(['/api/audit/findings', '/api/welfare/funds', '/health']);
    expect(Object.keys(merged.paths['/api/welfare/funds'].get.responses).sort()).toEqual(['200', '503', '504']);
    expect(merged.components.schemas.ErrorBody).toEqual({ type: 'object' });
    expect(merged.info.description).toContain('relief');
  });
});
