import { createWriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { FinanceFilter, financeFilterOf, groupByOf } from '@kongthun/finance-model';
import { DISBURSEMENT_COLUMNS, FinanceStore, totalsColumns, writeCsv, writeXlsx } from '@kongthun/finance-service';
import { isDomainError } from '@kongthun/kernel';
import { UsageError } from '../exit-codes';
import { openDatabase, stringArgs } from '../database-options';

export const EXPORT_USAGE = `usage: kongthun export (disbursements | totals) (--data-dir <dir> | --database-url <postgres url>) --out <file.csv|file.xlsx>
         [--area 19] [--programme grants] [--unit-id <id>] [--fiscal-year 2566] [--month-from 2022-10] [--month-to 2023-09] [--group-by province,programme]
วิธีใช้: kongthun export (disbursements | totals) (--data-dir <โฟลเดอร์> | --database-url <postgres url>) --out <ไฟล์.csv|ไฟล์.xlsx> [ตัวกรอง]

Writes the provincial books to CSV (UTF-8 with BOM) or XLSX, streaming, with a progress bar. Reads the
finance database itself (embedded: <data-dir>/finance; stop \`npm start\` first, PGlite has one writer),
so it sees every area: it is an operator's tool. Machine clients use GET /api/finance/exports/... with a key.`;

const filterOf = (values: Record<string, string | undefined>): FinanceFilter => {
  try {
    return financeFilterOf({
      area: values.area,
      programme: values.programme,
      unitId: values['unit-id'],
      fiscalYear: values['fiscal-year'],
      monthFrom: values['month-from'],
      monthTo: values['month-to'],
    });
  } catch (error) {
    if (isDomainError(error)) throw new UsageError(error.message, error.messageTh ?? 'ตัวกรองไม่ถูกต้อง');
    throw error;
  }
};

/** `kongthun export`: the same files as the HTTP downloads, from the finance database, with progress on stderr. */
export const runExport = async (
  argv: readonly string[],
  options: { progress?: boolean; print?: (line: string) => void } = {},
): Promise<number> => {
  const { values, positionals } = stringArgs(argv, [
    'data-dir',
    'database-url',
    'schema',
    'out',
    'area',
    'programme',
    'unit-id',
    'fiscal-year',
    'month-from',
    'month-to',
    'group-by',
  ]);
  const [what] = positionals;
  if (what !== 'disbursements' && what !== 'totals')
    throw new UsageError('export what? disbursements or totals', 'ระบุ disbursements หรือ totals');
  const out = values.out;
  const format = out?.endsWith('.xlsx') ? 'xlsx' : out?.endsWith('.csv') ? 'csv' : undefined;
  if (!out || !format) throw new UsageError('--out must name a .csv or .xlsx file', '--out ต้องเป็นไฟล์ .csv หรือ .xlsx');
  const filter = filterOf(values);
  const sql = await openDatabase('finance', values['data-dir'], values['database-url']);
  const print = options.print ?? ((line: string) => process.stderr.write(`${line}\n`));
  try {
    const store = await FinanceStore.open(sql, { schema: values.schema ?? 'finance' });
    const file = createWriteStream(out);
    const closed = new Promise<void>((resolve, reject) => file.once('close', () => resolve()).once('error', reject));
    const started = Date.now();
    let rows: number;
    if (what === 'disbursements') {
      const total = await store.countDisbursements(filter, 'all');
      const bar =
        options.progress === false
          ? undefined
          : new SingleBar({ format: 'ส่งออก {bar} {percentage}% | {value}/{total} rows | {eta_formatted}', stream: process.stderr });
      bar?.start(total, 0);
      const onRows = (count: number) => bar?.increment(count);
      const pages = store.allDisbursements(filter, 'all', 5_000);
      rows =
        format === 'csv'
          ? await writeCsv(pages, DISBURSEMENT_COLUMNS, file, onRows)
          : await writeXlsx(pages, DISBURSEMENT_COLUMNS, file, { sheetName: 'การจ่ายเงิน', onRows });
      bar?.stop();
    } else {
      let groupBy;
      try {
        groupBy = groupByOf(values['group-by']);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error), 'groupBy ไม่ถูกต้อง');
      }
      const groups = await store.totals(filter, groupBy, 'all');
      const pages = (async function* () {
        yield groups;
      })();
      rows =
        format === 'csv'
          ? await writeCsv(pages, totalsColumns(groupBy), file)
          : await writeXlsx(pages, totalsColumns(groupBy), file, { sheetName: 'สรุปยอดเงิน' });
    }
    if (format === 'csv') file.end();
    await closed;
    print(`${rows} rows written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s · ส่งออก ${rows} แถว`);
    return 0;
  } finally {
    await sql.close();
  }
};
