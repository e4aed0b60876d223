import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { DEMO_GRANTS_PROGRAMME, loadGrantsDemo } from '@kongthun/embedded';
import { GrantsCommandHandler } from '@kongthun/grants-service';
import { UsageError } from '../exit-codes';
import { runIati } from './iati-command';

describe('kongthun iati', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kongthun-iati-'));
  beforeAll(async () => {
    const sql = await PgliteSqlClient.open(join(dataDir, 'eventstore'));
    await loadGrantsDemo(new GrantsCommandHandler(await SqlEventStore.open(sql)), 'citizen-key-for-tests-only');
    await sql.close();
  }, 120_000);

  it("writes the demo programme's 2566 as IATI XML from the data folder, and says it is valid", async () => {
    const out = join(dataDir, 'codi.xml');
    const lines: string[] = [];
    expect(await runIati([DEMO_GRANTS_PROGRAMME, '--fiscal-year', '2566', '--data-dir', dataDir, '--out', out], (l) => lines.push(l))).toBe(
      0,
    );
    expect(readFileSync(out, 'utf8').match(/<iati-activity /g)).toHaveLength(4);
    expect(lines).toEqual([`${out}: valid IATI 2.03 (ถูกต้องตามมาตรฐาน IATI)`]);
  }, 60_000);

  it('exits 1 with the refusal, in English and Thai, for a fiscal year the programme has no budget for', async () => {
    const lines: string[] = [];
    const args = [DEMO_GRANTS_PROGRAMME, '--fiscal-year', '2567', '--data-dir', dataDir, '--out', join(dataDir, 'none.xml')];
    expect(await runIati(args, (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual(['refused: budget.not-found: No such budget', 'ปฏิเสธ: ไม่พบงบประมาณ']);
  }, 60_000);

  it('is a usage error without a BE fiscal year or an .xml file to write', async () => {
    await expect(
      runIati([DEMO_GRANTS_PROGRAMME, '--fiscal-year', '2023', '--data-dir', dataDir, '--out', 'x.xml'], () => undefined),
    ).rejects.toThrow(UsageError);
    await expect(
      runIati([DEMO_GRANTS_PROGRAMME, '--fiscal-year', '2566', '--data-dir', dataDir, '--out', 'x.csv'], () => undefined),
    ).rejects.toThrow(UsageError);
  });
});
