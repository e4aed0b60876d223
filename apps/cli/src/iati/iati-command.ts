import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { SqlEventStore } from '@kongthun/event-sourcing';
import { GrantsCommandHandler, iatiSchemaErrors, openIatiExport } from '@kongthun/grants-service';
import { isDomainError } from '@kongthun/kernel';
import { EXIT_INVALID, EXIT_VALID, UsageError } from '../exit-codes';
import { openDatabase, stringArgs } from '../database-options';
import { fromUserDir } from '../verify/verify-args';

export const IATI_USAGE = `usage: kongthun iati <programme id> --fiscal-year 2566 (--data-dir <dir> | --database-url <postgres url> [--schema grants]) --out <file.xml>
วิธีใช้: kongthun iati <รหัสแผนงาน> --fiscal-year <ปีงบประมาณ พ.ศ.> (--data-dir <โฟลเดอร์> | --database-url <postgres url>) --out <ไฟล์.xml>

Writes a grants programme's fiscal year as IATI 2.03 activity XML, as GET /api/grants/programmes/:id/iati does,
then checks the file against the IATI schema. Reads the grants event store itself (embedded: <data-dir>/eventstore;
stop \`npm start\` first, PGlite has one writer): an operator's tool, seeing every area.
Exit code / รหัสออก: 0 written and valid · 1 written but invalid, or refused · 2 usage error`;

const argsOf = (argv: readonly string[]) => {
  const { values, positionals } = stringArgs(argv, ['data-dir', 'database-url', 'schema', 'out', 'fiscal-year']);
  const [programmeId] = positionals;
  if (!programmeId) throw new UsageError('which programme? give its id', 'ระบุรหัสแผนงาน');
  const fiscalYear = Number(values['fiscal-year']);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2800)
    throw new UsageError('--fiscal-year must be a BE year, e.g. 2566', '--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2566');
  if (!values.out?.endsWith('.xml')) throw new UsageError('--out must name a .xml file', '--out ต้องเป็นไฟล์ .xml');
  return { programmeId, fiscalYear, out: fromUserDir(values.out), values };
};

/** `kongthun iati`: the HTTP export's file, from the event store, validated before the operator sends it on. */
export const runIati = async (argv: readonly string[], print: (line: string) => void): Promise<number> => {
  const { programmeId, fiscalYear, out, values } = argsOf(argv);
  const sql = await openDatabase('eventstore', values['data-dir'], values['database-url']);
  try {
    const store = await SqlEventStore.open(sql, values.schema === undefined ? {} : { schema: values.schema });
    const handler = new GrantsCommandHandler(store);
    const chunks = await openIatiExport(store, handler, { userId: 'kongthun-cli', role: 'admin', scope: {} }, programmeId, fiscalYear);
    const file = createWriteStream(out);
    for await (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
    file.end();
    await once(file, 'finish');
  } catch (error) {
    if (!isDomainError(error)) throw error;
    print(`refused: ${error.code}: ${error.message}`);
    print(`ปฏิเสธ: ${error.messageTh ?? error.message}`);
    return EXIT_INVALID;
  } finally {
    await sql.close();
  }
  const errors = await iatiSchemaErrors(await readFile(out, 'utf8'));
  for (const error of errors) print(error.rawMessage);
  print(errors.length === 0 ? `${out}: valid IATI 2.03 (ถูกต้องตามมาตรฐาน IATI)` : `${out}: ${errors.length} schema errors`);
  return errors.length === 0 ? EXIT_VALID : EXIT_INVALID;
};
