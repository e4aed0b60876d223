import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { chromiumAvailable, logIn, screenshot, SCREENSHOTS, startWebHost, WebHost } from './web-host';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

type Bundle = { events: { event: { data: Record<string, unknown> } }[]; treeHead: { signatures: { signature: string }[] } };

/** The auditor verifies a finding's evidence in the browser, with the same verifier as `kongthun verify`. */
describeWithChromium('web application: auditor', () => {
  let host: WebHost;
  let page: Page;
  let token: string;
  let findingId: string;

  beforeAll(async () => {
    host = await startWebHost();
    page = await host.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, host.base, 'auditor-phuket');
    token = await page.evaluate("JSON.parse(sessionStorage.getItem('kongthun.session')).accessToken");
    // Scans run every 30 s in the host; the test runs them now, until the demo's money messages have all arrived.
    const headers = { authorization: `Bearer ${token}` };
    for (let attempt = 0; attempt < 40; attempt++) {
      expect((await fetch(`${host.base}/api/audit/checks`, { method: 'POST', headers })).status).toBe(201);
      const listed = (await (await fetch(`${host.base}/api/audit/findings?limit=50`, { headers })).json()) as {
        findings: { rule: string }[];
      };
      if (listed.findings.some((finding) => finding.rule === 'red-flag.duplicate-payment')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 90_000);
  afterAll(() => host?.close());

  const bundleFile = async (name: string, tamper: (bundle: Bundle) => void) => {
    const response = await fetch(`${host.base}/api/audit/findings/${findingId}/evidence`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bundle = (await response.json()) as Bundle;
    tamper(bundle);
    const file = join(SCREENSHOTS, name);
    writeFileSync(file, JSON.stringify(bundle));
    return file;
  };

  it("lists the demo's duplicate payment and verifies its evidence in the browser: valid, in Thai", async () => {
    // Logging in opened the findings before the scan above; load them again.
    await page.goto(`${host.base}/#/audit/findings`);
    await page.reload();
    const row = page.locator('tr[data-finding]').filter({ hasText: 'red-flag.duplicate-payment' }).first();
    await row.waitFor();
    findingId = (await row.getAttribute('data-finding'))!;
    await screenshot(page, '10-auditor-findings');
    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'ตรวจสอบชุดหลักฐานในเบราว์เซอร์' }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-valid')).toBe('true');
    expect(await verdict.textContent()).toContain('ถูกต้อง');
    await screenshot(page, '11-auditor-verdict-valid');
  });

  it('a saved bundle with one amount changed is INVALID, naming the event hash', async () => {
    const file = await bundleFile('tampered-amount.json', (bundle) => (bundle.events[0].event.data.amount = '9999.00'));
    await page.locator('#bundle-file').setInputFiles(file);
    const verdict = page.getByTestId('verdict').and(page.locator('[data-valid="false"]'));
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('ไม่ถูกต้อง');
    expect(await verdict.textContent()).toContain('event.hash');
    await screenshot(page, '12-auditor-verdict-tampered');
  });

  it('a bundle whose log signature was altered is INVALID: WebCrypto refuses the signature', async () => {
    const file = await bundleFile('tampered-signature.json', (bundle) => {
      const signature = Buffer.from(bundle.treeHead.signatures[0].signature, 'base64');
      signature[0] ^= 0xff;
      bundle.treeHead.signatures[0].signature = signature.toString('base64');
    });
    await page.reload();
    await page.locator('#bundle-file').setInputFiles(file);
    const verdict = page.getByTestId('verdict').and(page.locator('[data-valid="false"]'));
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('tree-head.signature');
  });
});
