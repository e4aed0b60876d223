import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { FinanceStore } from '@kongthun/finance-service';
import { commitment, disbursement, moneyIn, unitDeclared } from '@kongthun/finance-model/testing';
import { UsageError } from '../exit-codes';
import { runExport } from './export-command';

describe('kongthun export', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kongthun-export-'));
  beforeAll(async () => {
    const sql = await PgliteSqlClient.open(join(dataDir, 'finance'));
    const store = await FinanceStore.open(sql);
    await store.apply([
      unitDeclared('grants', 'codi-2566-sb-01', ['190101'], 'โครงการบ้านมั่นคง ตำบลปากเพรียว'),
      moneyIn('grants', 'codi-2566-sb-01', 'a-1', '6749210.00', '2023-03-15', 'budget-allocation', 2566),
      commitment('grants', 'codi-2566-sb-01', 'c-1', '6749210.00', '2023-03-15', 'tranche'),
      ...Array.from({ length: 12 }, (_, i) =>
        disbursement('grants', 'codi-2566-sb-01', `t-${i}`, '1000.50', '2023-04-01', '190101', 'tranche', 'grant-tranche'),
      ),
      unitDeclared('welfare', 'talat-yai', ['830101']),
      disbursement('welfare', 'talat-yai', 'p-1', '200.00', '2023-01-10', '830101'),
    ]);
    await sql.close();
  });

  it('writes the disbursements of a filter from the data folder to CSV, every row, Thai and BE', async () => {
    const out = join(dataDir, 'd.csv');
    const lines: string[] = [];
    expect(
      await runExport(['disbursements', '--data-dir', dataDir, '--area', '19', '--out', out], {
        progress: false,
        print: (l) => lines.push(l),
      }),
    ).toBe(0);
    const records: string[][] = parse(readFileSync(out, 'utf8').slice(1));
    expect(records).toHaveLength(13);
    expect(records[1].slice(1, 3)).toEqual(['1 เม.ย. 2566', '2566']);
    expect(records.slice(1).every((row) => row[13] === '1000.50')).toBe(true);
    expect(lines.join()).toContain('12 rows');
  });

  it('writes totals to XLSX with the net totals in Thai words', async () => {
    const out = join(dataDir, 't.xlsx');
    expect(
      await runExport(['totals', '--data-dir', dataDir, '--group-by', 'province', '--out', out], {
        progress: false,
        print: () => undefined,
      }),
    ).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const saraburi = sheet.getRow(2).values as unknown[];
    expect(saraburi[header.indexOf('จังหวัด')]).toBe('19 สระบุรี');
    expect(saraburi[header.indexOf('เงินรับสุทธิ (ตัวอักษร)')]).toBe('หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน');
    expect(saraburi[header.indexOf('จ่ายสุทธิ (บาท)')]).toBe(12006);
  });

  it('refuses a call it cannot run, as a usage error', async () => {
    await expect(runExport(['everything', '--data-dir', dataDir, '--out', 'x.csv'])).rejects.toBeInstanceOf(UsageError);
    await expect(runExport(['totals', '--data-dir', dataDir, '--out', 'x.pdf'])).rejects.toBeInstanceOf(UsageError);
    await expect(runExport(['totals', '--data-dir', dataDir, '--area', '1', '--out', 'x.csv'])).rejects.toBeInstanceOf(UsageError);
  });
});
