import { Page } from 'playwright-core';
import { startProgrammesWebHost, tokenOf } from './programmes-web-host';
import { chromiumAvailable, logIn, logOut, screenshot, WebHost } from './web-host';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

/** The grants officer reads the budget and the proposals; the approver awards one, refused first for its words. */
describeWithChromium('web application: grants officer and approver', () => {
  let host: WebHost;
  let page: Page;

  beforeAll(async () => {
    host = await startProgrammesWebHost();
    page = await host.browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 300_000);
  afterAll(() => host?.close());

  it("shows the programme's 2566 budget as a running account and its proposals, in Thai", async () => {
    await logIn(page, host.base, 'sb-grants-officer');
    expect(page.url()).toContain('#/grants');
    await page.getByLabel('รหัสแผนงาน').fill('codi-saraburi');
    await page.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2566');
    await page.getByRole('button', { name: 'เปิดดู' }).click();
    await page.getByTestId('proposals').waitFor();
    expect(await page.getByTestId('budget-ได้รับจัดสรร').textContent()).toContain('6,749,210.00');
    expect(await page.getByTestId('budget-คงเหลือให้อนุมัติได้').textContent()).toContain('2,050,000.00');
    expect(await page.getByTestId('budget-รับเงินคืน').textContent()).toContain('25,000.00');
    const underReview = page.locator('tr[data-project="sb-2566-02"]');
    expect(await underReview.textContent()).toContain('ระหว่างพิจารณา');
    expect(await page.locator('tr[data-project]').count()).toBe(5);
    await screenshot(page, '20-grants-budget');
    await page.locator('tr[data-project="sb-2566-05"]').getByRole('link').click();
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('project-status').textContent()).toBe('ปิดโครงการ');
    expect(await page.getByTestId('timeline').textContent()).toContain('grants.project.awarded');
    await screenshot(page, '21-grants-project-timeline');
  });

  it('the approver is refused when the words do not match the figures, beside the words, then awards', async () => {
    // The review panel scores over the API: the page under test is the award.
    for (const reviewer of ['rattana', 'somsak', 'wilai']) {
      const response = await fetch(`${host.base}/api/grants/projects/sb-2566-02/reviews`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenOf(host.base, reviewer)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ score: 80, recommendation: 'fund', note: 'สอดคล้องกับแผน' }),
      });
      expect(response.status).toBe(201);
    }
    await logOut(page);
    await logIn(page, host.base, 'director-central');
    await page.goto(`${host.base}/#/grants/projects/sb-2566-02`);
    await page.getByLabel('วงเงินอนุมัติ (ตัวเลข)').fill('1,200,000.00');
    await page.getByLabel('วงเงินอนุมัติ (ตัวอักษร)').fill('หนึ่งล้านบาทถ้วน');
    await page.locator('#endDate').fill('2027-09-30');
    await page.getByRole('button', { name: /^อนุมัติทุน sb-2566-02/ }).click();
    const error = page.locator('#amountWords-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/[ก-๙]/);
    expect(await page.getByTestId('award-words-hint').textContent()).toBe('หนึ่งล้านสองแสนบาทถ้วน');
    await screenshot(page, '22-grants-award-refused-words');

    await page.getByLabel('วงเงินอนุมัติ (ตัวอักษร)').fill('หนึ่งล้านสองแสนบาทถ้วน');
    await page.getByRole('button', { name: /^อนุมัติทุน sb-2566-02/ }).click();
    await page.getByText('✓ อนุมัติทุนแล้ว').waitFor();
    expect(await page.getByTestId('project-status').textContent()).toBe('ดำเนินการ');
    expect(await page.getByTestId('timeline').textContent()).toContain('grants.project.awarded');

    // The award is committed against the year's budget: available falls by 1,200,000.00.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${host.base}/#/grants/codi-saraburi/2566`);
    await page.getByTestId('proposals').waitFor();
    expect(await page.getByTestId('budget-คงเหลือให้อนุมัติได้').textContent()).toContain('850,000.00');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, '23-grants-budget-after-award-375');
  });

  it('switches to English with the same BE year and satang', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('budget-Available').textContent()).toContain('850,000.00');
    expect(await page.locator('main').textContent()).toContain('2566');
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
  });
});
