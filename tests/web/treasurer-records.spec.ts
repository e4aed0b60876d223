import { Page } from 'playwright-core';
import { demoCitizenId } from '@kongthun/embedded';
import { chromiumAvailable, logIn, logOut, screenshot, startWebHost, WebHost } from './web-host';

const FUND = 'phuket-talat-yai';
const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

const posts = (page: Page, path: string): string[] => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) seen.push(request.postData() ?? '');
  });
  return seen;
};

/** The treasurer's other records (enrolment, matching money, a reprinted receipt) and the committee's conflict of interest. */
describeWithChromium('web application: enrolment, matching money, receipts, conflict of interest', () => {
  let host: WebHost;
  let page: Page;

  beforeAll(async () => {
    host = await startWebHost();
    page = await host.browser.newPage({ viewport: { width: 375, height: 800 } });
    await logIn(page, host.base, 'malee');
    // The host loads the whole demo first: a minute and more on a busy two-core machine.
  }, 240_000);
  afterAll(() => host?.close());

  it('checks the citizen ID as it is typed, in Thai, and sends nothing while it is wrong', async () => {
    const enrolments = posts(page, `/api/welfare/funds/${FUND}/members`);
    await page.goto(`${host.base}/#/fund/${FUND}/members`);
    await page.getByRole('link', { name: 'สมัครสมาชิกใหม่' }).click();
    const id = page.getByLabel('เลขประจำตัวประชาชน 13 หลัก');
    const check = page.getByTestId('citizenId-check');
    await id.pressSequentially('11017');
    expect(await check.textContent()).toContain('พิมพ์แล้ว 5/13');
    // The last digit mistyped (…8 is right): refused at the 13th keystroke, before any submit.
    await id.pressSequentially('00230709');
    await check.locator('[data-state="refused"]').waitFor();
    expect(await check.textContent()).toContain('เลขตรวจสอบไม่ถูกต้อง อาจพิมพ์ตัวเลขผิด');
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#memberId').fill('m-web-7');
    await page.locator('#name').fill('นางสาวจันทร์เพ็ญ ทองดี');
    await page.locator('#beneficiaryName').fill('นายสมศักดิ์ ทองดี');
    await page.locator('#beneficiaryRelationship').fill('บิดา');
    expect(await page.getByTestId('joining-fee-words').textContent()).toBe('สิบบาทถ้วน');
    await screenshot(page, '20-enrolment-citizen-id-refused-as-typed');
    await page.getByRole('button', { name: 'สมัครสมาชิก', exact: true }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('citizenId');
    expect(enrolments).toHaveLength(0);
    // A letter is refused too, with its own message.
    await id.fill('11017002307o8');
    expect(await check.textContent()).toContain('เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น');
    await id.fill('1-1017-00230-70-8');
    await check.locator('[data-state="valid"]').waitFor();
    expect(await check.textContent()).toContain('1-1017-00230-70-8');
  });

  it("shows the service's refusal next to the field it concerns: the same person enrolled twice", async () => {
    const enrolments = posts(page, `/api/welfare/funds/${FUND}/members`);
    // The demo's first member, whose citizen ID the fund already holds (as a keyed hash).
    await page.getByLabel('เลขประจำตัวประชาชน 13 หลัก').fill(demoCitizenId(1));
    await page.getByRole('button', { name: 'สมัครสมาชิก', exact: true }).click();
    const error = page.locator('#citizenId-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('บุคคลนี้เป็นสมาชิกอยู่แล้ว');
    expect(enrolments).toHaveLength(1);
    await screenshot(page, '21-enrolment-refused-already-a-member');
    await page.getByLabel('เลขประจำตัวประชาชน 13 หลัก').fill('1101700230708');
    // Changed, the field no longer carries the refusal of the ID it held.
    expect(await error.count()).toBe(0);
    await page.getByRole('button', { name: 'สมัครสมาชิก', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'm-web-7' }).waitFor();
    await page.getByRole('link', { name: /m-web-7/ }).click();
    await page.getByRole('heading', { name: /m-web-7/ }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/active/);
  });

  it('records matching money with figures and Thai words; a mismatch is refused under the words', async () => {
    const before = await sourceTotal(page, 'องค์กรปกครองส่วนท้องถิ่น');
    await page.getByRole('link', { name: 'เงินสมทบจากหน่วยงาน' }).click();
    await page.getByLabel('ชื่อหน่วยงานผู้สมทบ').fill('เทศบาลเมืองภูเก็ต');
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').fill('12,345.50');
    expect(await page.getByTestId('words-hint').textContent()).toBe('หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทห้าสิบสตางค์');
    await page.getByLabel('จำนวนเงิน (ตัวอักษร) ตามหนังสือ (ถ้ามี)').fill('หนึ่งหมื่นบาทถ้วน');
    await page.getByLabel('เลขที่หนังสือหรือเอกสารอ้างอิง').fill('pk-0023-2569');
    // The fiscal year is shown and entered in the Buddhist Era.
    expect(Number(await page.getByLabel('ปีงบประมาณ (พ.ศ.)').inputValue())).toBeGreaterThan(2560);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    const error = page.locator('#amountWords-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('จำนวนเงินตัวเลขไม่ตรงกับตัวอักษร');
    await screenshot(page, '22-matching-money-words-refused');
    await page.getByLabel('จำนวนเงิน (ตัวอักษร) ตามหนังสือ (ถ้ามี)').fill('หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทห้าสิบสตางค์');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('12,345.50');
    await screenshot(page, '23-matching-money-recorded');
    expect((await sourceTotal(page, 'องค์กรปกครองส่วนท้องถิ่น')) - before).toBe(1_234_550n);
  });

  it("reprints a payout's receipt from the member's statement, long after paying; a reversed payout offers none", async () => {
    await page.goto(`${host.base}/#/fund/${FUND}/members/m-001`);
    await page.locator('tr[data-claim="c-001"]').getByRole('button', { name: 'พิมพ์ใบสำคัญรับเงินอีกครั้ง' }).click();
    await page.waitForURL(/#\/payments\/[0-9a-f-]{36}$/);
    const verdict = page.getByTestId('verdict');
    for (let attempt = 0; attempt < 20 && !(await verdict.count()); attempt++) {
      await page.reload();
      await page.getByRole('heading', { level: 2 }).waitFor();
      await page.waitForTimeout(attempt === 0 ? 0 : 500);
    }
    expect(await verdict.getAttribute('data-valid')).toBe('true');
    expect(await page.getByTestId('receipt-amount').textContent()).toContain('สามร้อยบาทถ้วน');
    expect(await page.getByTestId('receipt-approvers').textContent()).toBe('somchai, prasert');
    await screenshot(page, '24-receipt-reprinted-from-statement');
    await page.goto(`${host.base}/#/fund/${FUND}/members/m-005`);
    await page.locator('tr[data-claim="c-005"]').waitFor();
    expect(await page.getByTestId('reprint-receipt').count()).toBe(0);
    // The route the button asks: the payout's recording event, reversed or not; an unknown payout is a Thai 404.
    const token = await page.evaluate("JSON.parse(sessionStorage.getItem('kongthun.session')).accessToken");
    const record = async (payoutId: string) => {
      const response = await fetch(`${host.base}/api/welfare/funds/${FUND}/payouts/${payoutId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await record('p-005')).toMatchObject({
      status: 200,
      body: { claimId: 'c-005', memberId: 'm-005', amount: '200.00', reversed: true },
    });
    expect(await record('p-none')).toMatchObject({ status: 404, body: { code: 'payout.not-found', messageTh: 'ไม่พบรายการจ่ายเงินนี้' } });
  });

  it('explains a conflict-of-interest refusal on the claim: a committee member related to the claimant cannot approve', async () => {
    await page.goto(`${host.base}/#/fund/${FUND}/claims/new?member=m-004`);
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').waitFor();
    await page.getByLabel('เลขที่คำขอ').fill('c-web-coi');
    await page.getByLabel('เลขที่หลักฐาน').fill('med-cert-coi');
    await page.getByLabel('จำนวนเงิน (ตัวเลข)').fill('100.00');
    await page.getByLabel('จำนวนเงิน (ตัวอักษร)').fill('หนึ่งร้อยบาทถ้วน');
    await page.getByRole('button', { name: 'ยื่นคำขอ' }).click();
    await page.getByRole('status').filter({ hasText: 'c-web-coi' }).waitFor();
    await logOut(page);
    // วนิดา declared that she is m-004's elder sister.
    await logIn(page, host.base, 'wanida');
    await page.goto(`${host.base}/#/fund/${FUND}/approvals`);
    const card = page.locator('[data-claim="c-web-coi"]');
    await card.getByRole('button', { name: 'อนุมัติ', exact: true }).click();
    const refusal = card.locator('[data-code="claim.conflict-of-interest"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/[ก-๙]/);
    expect(await card.getByTestId('conflict-explained').textContent()).toContain('กรรมการท่านอื่น');
    await screenshot(page, '25-conflict-of-interest-explained');
    // Nothing was recorded: the claim still waits, with no approver.
    await page.reload();
    await card.waitFor();
    expect(await card.textContent()).toContain('อนุมัติแล้วโดย: –');
    await logOut(page);
  });
});

/** Received from a source on the dashboard, in satang. */
const sourceTotal = async (page: Page, source: string): Promise<bigint> => {
  await page.goto(`${page.url().split('#')[0]}#/fund/${FUND}`);
  await page.getByTestId('balance').waitFor();
  const cell = page.locator('tr', { has: page.getByRole('rowheader', { name: source }) }).locator('td');
  return BigInt((await cell.textContent())!.replace(/[^\d]/g, ''));
};
