/**
 * The gateway: the single entry point of the distributed topology. Routes /api/welfare|grants|
 * relief|audit|finance|identity/… to the services (and /api/auth/…, logins and sessions, to
 * identity), each behind its own breaker, timeout and bulkhead; retries reads only; passes
 * x-request-id; serves one OpenAPI document at /api/docs-json and a public /health.
 * Env: WELFARE_SERVICE_URL, GRANTS_SERVICE_URL, RELIEF_SERVICE_URL, AUDIT_SERVICE_URL,
 * FINANCE_SERVICE_URL, IDENTITY_SERVICE_URL (a service without one is answered 503),
 * GATEWAY_TIMEOUT_MS (10000), GATEWAY_MAX_CONCURRENT (50 per service), GATEWAY_READ_RETRIES (2),
 * GATEWAY_BREAKER_RESET_MS (10000), PORT (8080), HOST (0.0.0.0). Serves the web application
 * (apps/web, built in memory at start) at / and every page address outside /api.
 */
import 'reflect-metadata';
import { createGatewayApp, downstreamsFromEnv } from '@kongthun/gateway';
import { buildWebApp } from '@kongthun/web-serving';

const main = async () => {
  const downstreams = downstreamsFromEnv(process.env);
  const app = await createGatewayApp({ downstreams, webApp: await buildWebApp() });
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '0.0.0.0');
  console.log(`gateway listening on ${await app.getUrl()}, routing ${downstreams.map((d) => `/api/${d.name} to ${d.baseUrl}`).join(', ')}`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
