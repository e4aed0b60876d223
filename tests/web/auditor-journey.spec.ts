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
    // The host loads the whole demo first: a minute and more on a busy two-core machine.
  }, 240_000);
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

  it("shows the finding's evidence as a timeline: the events it cites, in the order recorded, with BE dates and amounts", async () => {
    const headers = { authorization: `Bearer ${token}` };
    const finding = (await (await fetch(`${host.base}/api/audit/findings/${findingId}`, { headers })).json()) as {
      evidenceEventIds: string[];
    };
    const bundle = (await (await fetch(`${host.base}/api/audit/findings/${findingId}/evidence`, { headers })).json()) as {
      events: { event: { id: string; recordedAt: string; data: { amount?: string } } }[];
    };
    const recordedOrder = bundle.events
      .map((entry) => entry.event)
      .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
      .map((event) => event.id);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${host.base}/#/audit/findings/${findingId}`);
    await page.reload();
    const items = page.getByTestId('evidence-timeline').locator('li');
    await items.first().waitFor();
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')))).toEqual(recordedOrder);
    expect(new Set(recordedOrder)).toEqual(new Set(finding.evidenceEventIds));
    // A duplicate payment: two payouts, each with its amount in baht and satang, on a Buddhist-Era day.
    for (const when of await page.getByTestId('timeline-when').allTextContents()) expect(when).toMatch(/25\d\d \d\d:\d\d$/);
    const amounts = await page.getByTestId('timeline-amount').allTextContents();
    expect(amounts.length).toBeGreaterThanOrEqual(2);
    for (const amount of amounts) expect(amount).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    await screenshot(page, '13-auditor-evidence-timeline');
  });

  it('works the case from the page: opened, a note added, closing refused before investigating, then closed as referred', async () => {
    const workflow = page.getByTestId('case');
    const status = page.getByTestId('case-status');
    expect(await status.getAttribute('data-status')).toBe('NotOpened');
    await workflow.getByRole('button', { name: 'เปิดเรื่องตรวจสอบ' }).click();
    await page.locator('[data-testid="case-status"][data-status="Open"]').waitFor();
    await page.getByLabel('บันทึกการตรวจสอบ').fill('ขอสำเนาใบรับรองแพทย์ทั้งสองฉบับจากกองทุน');
    await workflow.getByRole('button', { name: 'เพิ่มบันทึก' }).click();
    await page.getByTestId('case-notes').filter({ hasText: '1' }).waitFor();
    // The note is on the case; the field is empty for the next one.
    expect(await page.getByLabel('บันทึกการตรวจสอบ').inputValue()).toBe('');
    // The audit service refuses to close a case nobody has investigated; its Thai message stands under the closing form.
    await page.getByLabel('เหตุผลการปิดเรื่อง').fill('ไม่พบความผิด');
    await workflow.getByRole('button', { name: 'ปิดเรื่อง' }).click();
    await page.locator('#case-close-error').waitFor();
    expect(await page.locator('#case-close-error').textContent()).toBe('ต้องเริ่มการตรวจสอบก่อนปิดเรื่อง');
    await screenshot(page, '14-auditor-case-close-refused');
    await workflow.getByRole('button', { name: 'เริ่มการตรวจสอบ' }).click();
    await page.locator('[data-testid="case-status"][data-status="Investigating"]').waitFor();
    await page.getByLabel('ผลการตรวจสอบ').selectOption('referred');
    await page.getByLabel('ส่งเรื่องถึง').selectOption('NACC');
    await page.getByLabel('เหตุผลการปิดเรื่อง').fill('จ่ายซ้ำสองครั้งแก่บุคคลเดียวกัน ส่ง ป.ป.ช.');
    await workflow.getByRole('button', { name: 'ปิดเรื่อง' }).click();
    await page.locator('[data-testid="case-status"][data-status="Closed"]').waitFor();
    expect(await page.getByTestId('case-resolution').textContent()).toContain('ป.ป.ช. (NACC)');
    await screenshot(page, '15-auditor-case-closed');
    const stored = (await (
      await fetch(`${host.base}/api/audit/cases/${findingId}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ status: 'Closed', resolution: 'referred', referredTo: 'NACC', investigatorId: 'auditor-phuket' });
    expect(stored.noteIds).toHaveLength(1);
  });
});
