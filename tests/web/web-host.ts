import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Browser, chromium, Page } from 'playwright-core';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { createEmbeddedApp, EmbeddedAudit, ensureDemoLogins, loadDemo, openEmbeddedAudit } from '@kongthun/embedded';
import { FundCommandHandler, PersonalDataVault } from '@kongthun/welfare-service';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEY = 'citizen-key-for-web-tests-only';
export const SCREENSHOTS = join(__dirname, '../../test-results/web');

/**
 * Debian's Chromium, which `.ci/run` installs: a test tool's own browser download fails here.
 * Where it is missing the web suites are skipped loudly, and fail under REQUIRE_INFRA.
 */
export const chromiumAvailable = (): boolean => {
  if (existsSync(CHROMIUM)) return true;
  const message = `web tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.REQUIRE_INFRA) throw new Error(message);
  console.warn(`SKIPPED ${message}`);
  return false;
};

export interface WebHost {
  app: INestApplication;
  base: string;
  browser: Browser;
  audit: EmbeddedAudit;
  close(): Promise<void>;
}

/** The embedded host as `npm start -- --demo` runs it (web app, audit, demo), and a headless Chromium. */
export const startWebHost = async (): Promise<WebHost> => {
  const store = await SqlEventStore.open(await PgliteSqlClient.open('memory://'));
  const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: KEY });
  const app = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: 'web-test-secret-web-test-secret',
    citizenIdKey: KEY,
    logger: false,
    audit: audit.module,
    lapseIntervalMs: 0,
    webApp: true,
  });
  await app.listen(0, '127.0.0.1');
  await audit.start(app);
  await loadDemo(app.get(FundCommandHandler), KEY, app.get(PersonalDataVault));
  await ensureDemoLogins(app, DEMO_PASSWORD);
  const address = app.getHttpServer().address() as { port: number };
  // Flags from the machine notes: without the background-networking ones Chromium keeps dialling out of a closed network.
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
      await app.close();
      await store.close();
    },
  };
};

export const DEMO_PASSWORD = 'kongthun-demo';

/** Logs in through the page, as a person would. */
export const logIn = async (page: Page, base: string, username: string): Promise<void> => {
  await page.goto(`${base}/#/login`);
  await page.getByLabel(/ชื่อผู้ใช้|Username/).fill(username);
  await page.getByLabel(/รหัสผ่าน|Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(เข้าสู่ระบบ|Log in)$/ }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
};

export const logOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /ออกจากระบบ|Log out/ }).click();
  await page.waitForURL((url) => url.hash.startsWith('#/login'));
};

export const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
