import { Page } from 'playwright-core';
import { chromiumAvailable, logIn, logOut, screenshot, startWebHost, WebHost } from './web-host';

const FUND = 'phuket-talat-yai';
const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

const balanceOf = async (page: Page): Promise<string> => (await page.getByTestId('balance').locator('.figure').textContent())!.trim();
const toSatang = (figures: string): bigint => BigInt(figures.replace(/[^\d]/g, ''));

/** The treasurer's and the committee's journeys through the web application, in Debian's Chromium. */
describeWithChromium('web application: treasurer and committee', () => {
  let host: WebHost;
  let page: Page;
  let receiptPath: string;

  beforeAll(async () => {
    host = await startWebHost();
    page = await host.browser.newPage({ viewport: { width: 375, height: 800 } });
    // The host loads the whole demo first: a minute and more on a busy two-core machine.
  }, 240_000);
  afterAll(() => host?.close());

  it('opens in Thai at /, and any page address outside the API opens the application', async () => {
    for (const path of ['/', '/app', '/th']) {
      const response = await page.goto(`${host.base}${path}`);
      expect(response?.headers()['content-type']).toContain('text/html');
    }
    await page.waitForURL(/#\/login$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    await expect(page.getByRole('heading', { name: 'เข้าสู่ระบบ' }).count()).resolves.toBe(1);
    await screenshot(page, '01-login');
  });

  it('refuses a wrong password with the Thai message, then logs the treasurer in to the fund dashboard', async () => {
    await page.getByLabel('ชื่อผู้ใช้').fill('malee');
    await page.getByLabel('รหัสผ่าน').fill('not-her-password');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/[ก-๙]/);
    await logIn(page, host.base, 'malee');
    await page.getByTestId('balance').waitFor();
    expect(page.url()).toContain(`#/fund/${FUND}`);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่');
    // Buddhist Era: the founding date shows a 25xx year.
    expect(await page.locator('main').textContent()).toMatch(/25\d\d/);
    await screenshot(page, '02-treasurer-dashboard');
  });

  it("records a month's contributions for every active member from one sheet, with the keyboard", async () => {
    const before = toSatang(await balanceOf(page));
    await page.goto(`${host.base}/#/fund/${FUND}/contributions`);
    const amounts = page.locator('input[data-column="amount"]');
    await amounts.first().waitFor();
    const rows = await amounts.count();
    expect(rows).toBeGreaterThanOrEqual(5);
    // Keyboard first: type an amount, Enter, next member.
    await amounts.first().focus();
    for (let i = 0; i < rows; i++) {
      await page.keyboard.type('30.00');
      await page.keyboard.press('Enter');
    }
    expect(await page.evaluate('document.activeElement?.id')).toBe('record-all');
    await screenshot(page, '03-contribution-sheet');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('recorded-count')
      .filter({ hasText: `${rows} / ${rows}` })
      .waitFor();
    await screenshot(page, '04-contributions-recorded');
    await page.goto(`${host.base}/#/fund/${FUND}`);
    await page.getByTestId('balance').waitFor();
    expect(toSatang(await balanceOf(page)) - before).toBe(BigInt(rows) * 3000n);
  });

  it('shows a refusal next to the field it concerns (figures that disagree with the words), and takes the corrected claim', async () => {
    await page.goto(`${host.base}/#/fund/${FUND}/claims/new?member=m-005`);
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').waitFor();
    await page.getByLabel('เลขที่คำขอ').fill('c-web-bad');
    await page.getByLabel('เลขที่หลักฐาน').fill('med-cert-web-1');
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').fill('200.00');
    await page.getByLabel('จำนวนเงิน (ตัวอักษร)').fill('สองพันบาทถ้วน');
    await page.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    const error = page.locator('#amountWords-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/[ก-๙]/);
    await screenshot(page, '05-claim-refused-words');
    // Corrected, it is a new request: a new Idempotency-Key, so the service does not refuse the key's reuse.
    await page.getByLabel('จำนวนเงิน (ตัวอักษร)').fill('สองร้อยบาทถ้วน');
    await page.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    // One night pays at most 100.00 baht: the rule's Thai message stands under the amount.
    await page.locator('#amountFigures-error').waitFor();
    expect(await page.locator('#amountFigures-error').textContent()).toContain('100.00');
    await page.getByLabel('จำนวนคืนที่นอนโรงพยาบาล').fill('2');
    await page.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    await page.getByRole('status').filter({ hasText: 'c-web-bad' }).waitFor();
  }, 60_000);

  it('walks a claim to payout: the treasurer submits it, two committee members approve, the treasurer pays', async () => {
    await page.goto(`${host.base}/#/fund/${FUND}`);
    await page.goto(`${host.base}/#/fund/${FUND}/claims/new?member=m-006`);
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').waitFor();
    await page.getByLabel('เลขที่คำขอ').fill('c-web-1');
    await page.getByLabel('จำนวนคืนที่นอนโรงพยาบาล').fill('2');
    await page.getByLabel('เลขที่หลักฐาน').fill('med-cert-web-2');
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').fill('200.00');
    expect(await page.getByTestId('words-hint').textContent()).toBe('สองร้อยบาทถ้วน');
    await page.getByLabel('จำนวนเงิน (ตัวอักษร)').fill('สองร้อยบาทถ้วน');
    await page.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    await page.getByRole('status').filter({ hasText: 'c-web-1' }).waitFor();
    await logOut(page);

    for (const committee of ['somchai', 'prasert']) {
      await logIn(page, host.base, committee);
      await page.goto(`${host.base}/#/fund/${FUND}/approvals`);
      const card = page.locator('[data-claim="c-web-1"]');
      await card.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
      await card.getByRole('status').waitFor();
      await screenshot(page, `06-approved-by-${committee}`);
      await logOut(page);
    }

    await logIn(page, host.base, 'malee');
    await page.goto(`${host.base}/#/fund/${FUND}/members/m-006`);
    const row = page.locator('tr[data-claim="c-web-1"]');
    await row.getByRole('link', { name: 'จ่ายเงิน' }).click();
    await page.getByLabel('เลขบัญชีหรือพร้อมเพย์ของผู้รับ').fill('0812345678');
    await page.getByRole('button', { name: 'จ่ายเงิน' }).click();
    await page.getByRole('status').waitFor();
    receiptPath = (await page.getByRole('link', { name: 'พิมพ์ใบสำคัญรับเงิน' }).getAttribute('href'))!;
    await page.goto(`${host.base}/#/fund/${FUND}/members/m-006`);
    await page.locator('tr[data-claim="c-web-1"] [data-testid="claim-status"]').filter({ hasText: 'paid' }).waitFor();
    await screenshot(page, '07-claim-paid');
  }, 90_000);

  it("prints a receipt whose QR code opens, without a login, a page that verifies the payment in the phone's browser", async () => {
    expect(receiptPath).toMatch(/^#\/payments\/[0-9a-f-]{36}$/);
    // The payment reaches the audit ledger from the bus within moments; the page says so until then.
    const phone = await host.browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    const verdict = phone.getByTestId('verdict');
    for (let attempt = 0; attempt < 20 && !(await verdict.count()); attempt++) {
      await phone.goto(`${host.base}/${receiptPath}`);
      await phone.getByRole('heading', { level: 2 }).waitFor();
      await phone.waitForTimeout(attempt === 0 ? 0 : 500);
    }
    expect(await verdict.getAttribute('data-valid')).toBe('true');
    expect(await phone.getByTestId('receipt-amount').textContent()).toContain('สองร้อยบาทถ้วน');
    expect(await phone.getByTestId('receipt-approvers').textContent()).toBe('somchai, prasert');
    expect(await phone.getByTestId('receipt-qr').locator('svg').count()).toBe(1);
    await screenshot(phone, '08-receipt-on-a-phone');
    await phone.close();
    // Only payments are served: another event id is a 404 with a Thai message, not someone's data.
    const other = await fetch(`${host.base}/api/audit/payments/01900000-0000-7000-8000-000000000000/evidence`);
    expect([other.status, ((await other.json()) as { code: string }).code]).toEqual([404, 'audit.payment.not-found']);
  });

  it('switches to English and back, keeping Buddhist-Era dates', async () => {
    await page.goto(`${host.base}/#/fund/${FUND}`);
    await page.getByTestId('balance').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main').textContent()).toMatch(/Balance[\s\S]*25\d\d|25\d\d[\s\S]*Balance/);
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
  });
});
