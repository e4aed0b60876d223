import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoryPages, validateXML, XMLValidationError } from 'xmllint-wasm';

const SCHEMA_DIR = join(__dirname, 'iati-schema');
const MAIN = 'iati-activities-schema.xsd';
/** What the main schema includes and imports, by the file names it uses for them. */
const IMPORTED = ['iati-common.xsd', 'xml.xsd'];

/**
 * Validates an IATI activities document against the vendored 2.03 schema with libxml2
 * (xmllint compiled to WebAssembly): the same check `xmllint --schema` makes, with no network
 * and no native build. Returns the schema's errors; none means valid.
 */
export const iatiSchemaErrors = async (xml: string): Promise<readonly XMLValidationError[]> => {
  const read = (name: string) => readFile(join(SCHEMA_DIR, name), 'utf8');
  const [main, ...imported] = await Promise.all([read(MAIN), ...IMPORTED.map(read)]);
  const result = await validateXML({
    xml: [{ fileName: 'iati-export.xml', contents: xml }],
    schema: [{ fileName: MAIN, contents: main }],
    preload: IMPORTED.map((fileName, i) => ({ fileName, contents: imported[i] })),
    maxMemoryPages: 256 * memoryPages.MiB,
  });
  if (result.valid !== (result.errors.length === 0)) throw new Error(`xmllint disagrees with itself: ${result.rawOutput}`);
  return result.errors;
};
