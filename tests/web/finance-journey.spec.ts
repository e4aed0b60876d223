import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { startProgrammesWebHost } from './programmes-web-host';
import { chromiumAvailable, logIn, screenshot, WebHost } from './web-host';

const describeWithChromium = chromiumAvailable() ? describe : describe.skip;

/** Saraburi's provincial finance officer reads the province's totals, drills down, pages and exports. */
describeWithChromium('web application: provincial finance', () => {
  let host: WebHost;
  let page: Page;

  beforeAll(async () => {
    host = await startProgrammesWebHost();
    page = await host.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  }, 300_000);
  afterAll(() => host?.close());

  const rowOf = (table: string, name: string) =>
    page
      .getByTestId(table)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

  it('shows the totals by province and by programme, with bars', async () => {
    await logIn(page, host.base, 'finance-saraburi');
    expect(page.url()).toContain('#/finance');
    await page.getByTestId('totals-province').waitFor();
    expect(await rowOf('totals-province', '19').textContent()).toContain('2,835,000.00');
    expect(await rowOf('totals-programme', 'ทุนองค์กรชุมชน (grants)').textContent()).toContain('6,749,210.00');
    expect(await page.locator('figure.bar-chart rect').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, '40-finance-totals');
  });

  it('drills from the province to a district and a subdistrict, and from the programme to its fiscal years', async () => {
    await rowOf('totals-province', '19').getByRole('link').click();
    await page.getByTestId('totals-district').waitFor();
    expect(await rowOf('totals-district', '1904').textContent()).toContain('1,360,000.00');
    expect(await rowOf('totals-district', '1909').textContent()).toContain('1,475,000.00');
    await screenshot(page, '41-finance-districts');
    await rowOf('totals-district', '1904').getByRole('link').click();
    await page.getByTestId('totals-subdistrict').waitFor();
    expect(await rowOf('totals-subdistrict', '190401').textContent()).toContain('1,360,000.00');
    await rowOf('totals-programme', 'ทุนองค์กรชุมชน (grants)').getByRole('link').click();
    await page.getByTestId('totals-fiscalYear').waitFor();
    expect(await rowOf('totals-fiscalYear', '2566').textContent()).toContain('1,360,000.00');
    expect(page.url()).toContain('area=1904');
    expect(page.url()).toContain('programme=grants');
  });

  it('pages through the disbursements with the cursor, two rows a page', async () => {
    await page.goto(`${host.base}/#/finance?area=19&limit=2`);
    const rows = page.getByTestId('disbursements').locator('tbody tr');
    // The next-page button shows the two-row page has loaded (the drilled page before had no next page).
    await page.getByRole('button', { name: 'หน้าถัดไป' }).waitFor();
    const seen: string[] = [];
    for (;;) {
      const texts = await rows.allTextContents();
      expect(texts.length).toBeLessThanOrEqual(2);
      seen.push(...texts);
      const next = page.getByRole('button', { name: 'หน้าถัดไป' });
      if ((await next.count()) === 0) break;
      const first = texts[0];
      await next.click();
      // The tests compile without the DOM library: the page's check is sent as text.
      await page.waitForFunction(
        `document.querySelector('[data-testid=disbursements] tbody tr')?.textContent !== ${JSON.stringify(first)}`,
      );
    }
    // Two tranches of Nong Mu and three of Khun Khlon, each once.
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.join()).toContain('2566');
    expect(seen.join()).toMatch(/25[0-9]{2}/);
  });

  it('exports the totals as CSV and the disbursements as XLSX', async () => {
    await page.goto(`${host.base}/#/finance?area=19`);
    await page.getByTestId('totals-district').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-totals-csv').click()]);
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText).toContain('1904');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-disbursements-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it("an area outside the officer's province is refused beside the area field, in Thai; usable at 375 px", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByLabel('รหัสพื้นที่').fill('8301');
    await page.getByRole('button', { name: 'กรอง' }).click();
    const error = page.locator('#area-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/[ก-๙]/);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, '42-finance-refused-375');
  });
});
