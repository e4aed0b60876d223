import { mkdirSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { chromium } from 'playwright-core';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import {
  createEmbeddedApp,
  ensureDemoLogins,
  financeDemoUsers,
  grantsDemoUsers,
  loadGrantsDemo,
  loadReliefDemo,
  openEmbeddedAudit,
  openEmbeddedFinance,
  reliefDemoUsers,
} from '@kongthun/embedded';
import { GrantsCommandHandler } from '@kongthun/grants-service';
import { CHROMIUM, DEMO_PASSWORD, SCREENSHOTS, WebHost } from './web-host';

const KEY = 'citizen-key-for-web-tests-only';

/**
 * The embedded host as `npm start -- --demo` runs it for the programmes: the Saraburi grants and
 * Chumphon relief demos, and provincial finance fed from the in-process bus, with a headless Chromium.
 */
export const startProgrammesWebHost = async (): Promise<WebHost & { app: INestApplication }> => {
  const store = await SqlEventStore.open(await PgliteSqlClient.open('memory://'));
  const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: KEY });
  const finance = await openEmbeddedFinance({ bus: audit.bus });
  const app = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: 'web-test-secret-web-test-secret',
    citizenIdKey: KEY,
    logger: false,
    audit: audit.module,
    finance: finance.module,
    lapseIntervalMs: 0,
    webApp: true,
  });
  await app.listen(0, '127.0.0.1');
  await finance.start();
  await audit.start(app);
  await loadGrantsDemo(app.get(GrantsCommandHandler), KEY);
  await loadReliefDemo(app);
  await ensureDemoLogins(
    app,
    DEMO_PASSWORD,
    [...grantsDemoUsers, ...reliefDemoUsers, ...financeDemoUsers].map((user) => user.actor),
  );
  const address = app.getHttpServer().address() as { port: number };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    base: `http://127.0.0.1:${address.port}`,
    browser,
    audit,
    close: async () => {
      await browser.close();
      await audit.stop();
      await finance.stop();
      await app.close();
      await store.close();
    },
  };
};

/** A token for setting the scene over HTTP (reviewers' scores the page under test does not make). */
export const tokenOf = async (base: string, username: string): Promise<string> => {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
};
