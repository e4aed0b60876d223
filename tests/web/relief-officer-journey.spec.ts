import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { startProgrammesWebHost } from './programmes-web-host';
import { chromiumAvailable, logIn, logOut, screenshot, SCREENSHOTS, WebHost } from './web-host';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

/**
 * The relief officer walks the Chumphon flood: the dashboard, the declarations listed and one opened
 * from the list with its households, a household's timeline, the demo run's
 * counts and its closing, a new run dry-run, approved by the committee, its bank file downloaded
 * and the bank's result file uploaded.
 */
describeWithChromium('web application: relief officer', () => {
  let host: WebHost;
  let page: Page;
  const runPage = () => page.goto(`${host.base}/#/relief/runs/chumphon-flood-run-2`);

  beforeAll(async () => {
    host = await startProgrammesWebHost();
    page = await host.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  }, 300_000);
  afterAll(() => host?.close());

  it("opens the declaration's dashboard and a household's timeline", async () => {
    await logIn(page, host.base, 'wiroj');
    expect(page.url()).toContain('#/relief');
    await page.getByLabel('รหัสประกาศเขตภัยพิบัติ').fill('chumphon-flood-demo');
    await page.getByRole('button', { name: 'เปิด' }).first().click();
    await page.getByTestId('registered').waitFor();
    expect(await page.getByTestId('registered').textContent()).toBe('8');
    expect(await page.getByTestId('paid').textContent()).toBe('5');
    await page.getByLabel('เลขรหัสประจำบ้าน').fill('86010000001');
    await page.getByRole('button', { name: 'แสดง' }).click();
    const timeline = page.getByTestId('household-timeline');
    await timeline.waitFor();
    expect(await timeline.textContent()).toContain('relief.households.assessed');
    await screenshot(page, '30-relief-declaration');
  });

  it("lists the demo's Chumphon declaration, opens it from the list and lists its eight households and its run", async () => {
    await page.goto(`${host.base}/#/relief`);
    const row = page.locator('[data-testid=declarations] tr[data-declaration="chumphon-flood-demo"]');
    await row.waitFor();
    // the disaster type in Thai beside the id, the period in Buddhist Era years
    expect(await row.locator('small').textContent()).toBe('อุทกภัย · chumphon-flood-demo');
    expect(await row.locator('td').nth(1).textContent()).toMatch(/25\d\d/);
    // registered, assessed, paid households, as the dashboard counts them
    expect((await row.locator('td.amount').allTextContents()).map((text) => text.trim())).toEqual(['8', '8', '5']);
    await screenshot(page, '35-relief-declarations-list');
    await row.getByRole('link').click();
    await page.waitForURL((url) => url.hash === '#/relief/declarations/chumphon-flood-demo');
    const households = page.locator('[data-testid=households] tbody tr');
    await households.first().waitFor();
    expect(await households.count()).toBe(8);
    expect(await page.locator('[data-testid=households] tbody tr[data-status=paid]').count()).toBe(5);
    expect(await page.getByTestId('declaration-runs').textContent()).toContain('chumphon-flood-run-1');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, '36-relief-declaration-households-375');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a second run while the demo run is in flight is refused beside the programme', async () => {
    await page.getByLabel('รหัสรอบการจ่าย').fill('chumphon-flood-run-2');
    await page.getByLabel('รหัสแผนงาน').fill('chumphon-psdf');
    await page.getByLabel('แหล่งเงิน').fill('กองทุนพัฒนาสังคมจังหวัดชุมพร');
    await page.getByLabel('ยอดควบคุม: จำนวนราย').fill('3');
    await page.getByLabel('ยอดควบคุม: จำนวนเงิน (บาท)').fill('142,800.00');
    await page.getByRole('button', { name: 'สร้างรอบ' }).click();
    const error = page.locator('#programmeId-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('แผนงานนี้มีรอบการจ่ายที่ยังไม่ปิด');
    await screenshot(page, '31-relief-run-in-flight-refused');
  });

  it("shows the demo run's payments by status, and closes it", async () => {
    await page.goto(`${host.base}/#/relief/runs/chumphon-flood-run-1`);
    const table = page.getByTestId('payments-by-status');
    await table.waitFor();
    expect(await table.locator('tr[data-status="paid"]').textContent()).toContain('5');
    expect(await table.locator('tr[data-status="failed"]').textContent()).toContain('2');
    expect(await table.locator('tr[data-status="reversed"]').textContent()).toContain('51,900.00');
    await screenshot(page, '32-relief-demo-run-counts');
    await page.getByLabel('เหตุผลที่ปิดรอบ').fill('จ่ายครบตามผลธนาคาร รายการไม่สำเร็จยกไปรอบถัดไป');
    await page.getByRole('button', { name: 'ปิดรอบการจ่าย' }).click();
    await page.locator('[data-testid=run-status][data-status=Closed]').waitFor();
  });

  it('creates the next run and dry-runs it: three households, 142,800.00 baht', async () => {
    await page.goto(`${host.base}/#/relief/declarations/chumphon-flood-demo`);
    await page.getByLabel('รหัสรอบการจ่าย').fill('chumphon-flood-run-2');
    await page.getByLabel('รหัสแผนงาน').fill('chumphon-psdf');
    await page.getByLabel('แหล่งเงิน').fill('กองทุนพัฒนาสังคมจังหวัดชุมพร');
    await page.getByLabel('ยอดควบคุม: จำนวนราย').fill('3');
    await page.getByLabel('ยอดควบคุม: จำนวนเงิน (บาท)').fill('142,800.00');
    await page.getByRole('button', { name: 'สร้างรอบ' }).click();
    await page.waitForURL((url) => url.hash === '#/relief/runs/chumphon-flood-run-2');
    await page.getByRole('button', { name: 'ทดลองประมวลผล' }).click();
    const dryRun = page.getByTestId('dry-run');
    await dryRun.waitFor();
    expect(await dryRun.textContent()).toContain('142,800.00');
    expect(await dryRun.textContent()).toContain('จ่ายไม่ได้ (จ่ายแล้ว): 5');
    // Before any approval the bank refuses nothing: the service does, beside the download.
    await page.getByRole('button', { name: 'ดาวน์โหลดไฟล์โอนเงินธนาคาร' }).click();
    await page.locator('#bankFile-error').waitFor();
    await screenshot(page, '33-relief-dry-run');
  });

  it('the committee approves the run', async () => {
    await logOut(page);
    await logIn(page, host.base, 'sunee');
    await runPage();
    await page.getByRole('button', { name: 'อนุมัติรอบการจ่าย' }).click();
    await page.getByTestId('approvers').filter({ hasText: 'sunee' }).waitFor();
    expect(await page.getByTestId('run-status').textContent()).toBe('อนุมัติแล้ว');
  });

  it("downloads the bank file and uploads the bank's result: three paid", async () => {
    await logOut(page);
    await logIn(page, host.base, 'wiroj');
    await runPage();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ดาวน์โหลดไฟล์โอนเงินธนาคาร' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chumphon-flood-run-2.csv');
    const bankFile = join(SCREENSHOTS, 'chumphon-flood-run-2.csv');
    await download.saveAs(bankFile);
    const details = readFileSync(bankFile, 'utf8')
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('D,'))
      .map((line) => line.split(','));
    expect(details).toHaveLength(3);
    const results = join(SCREENSHOTS, 'chumphon-flood-run-2-results.csv');
    writeFileSync(
      results,
      `reference,amount,status,reason,value_date\n${details.map(([, reference, , amount]) => `${reference},${amount},SUCCESS,,${new Date().toISOString().slice(0, 10)}`).join('\n')}\n`,
    );
    await page.locator('#results').setInputFiles(results);
    const imported = page.getByTestId('results-imported');
    await imported.waitFor();
    expect(await imported.textContent()).toContain('จ่ายแล้ว 3');
    await page.locator('tr[data-status="paid"]').waitFor();
    expect(await page.locator('tr[data-status="paid"]').textContent()).toContain('142,800.00');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, '34-relief-results-375');
  });
});
