import { xmlText } from './xml-text';

/** The money format of every baht cell: thousands separated, two decimals. */
export const BAHT_FORMAT = '#,##0.00';
/** Custom number formats are numbered from 164; below that are Excel's built-in ones. */
const BAHT_FORMAT_ID = 164;

/**
 * Indexes into `cellXfs` below. Text is set one space in from the left, so that it does not run
 * into a number right-aligned in the cell before (printed, `3` then `1 เม.ย. 2566` would read
 * `31 เม.ย. 2566`); counts are centred for the same reason. The header wraps, so that a long
 * Thai header is read whole rather than cut by the next. 0, the style of a cell without one,
 * is the Thai font alone.
 */
export const CELL_STYLE = { plain: 0, header: 1, baht: 2, count: 3, text: 4 } as const;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Sarabun, the Thai government's official typeface, at the size Thai documents use; a machine
 * without it falls back to any Thai font. Font 1 is the same, bold, for the header.
 */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="${BAHT_FORMAT_ID}" formatCode="${BAHT_FORMAT}"/></numFmts>` +
  '<fonts count="2">' +
  '<font><sz val="14"/><name val="TH Sarabun New"/><family val="2"/></font>' +
  '<font><b/><sz val="14"/><name val="TH Sarabun New"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
  '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  `<xf numFmtId="${BAHT_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" indent="1"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Where the n-th sheet (from 1) goes in the zip. */
export const sheetPath = (n: number): string => `xl/worksheets/sheet${n}.xml`;

/**
 * Every part of the workbook but the sheets, by its path in the zip. They are written after the
 * sheets, once the number of sheets is known: a reader finds parts by the zip's central
 * directory, so their order in the file does not matter.
 */
export const workbookParts = (sheetNames: readonly string[]): [string, string][] => {
  const numbers = sheetNames.map((_, i) => i + 1);
  return [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        numbers
          .map(
            (n) =>
              `<Override PartName="/${sheetPath(n)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>` +
        numbers.map((n) => `<sheet name="${xmlText(sheetNames[n - 1])}" sheetId="${n}" r:id="rId${n}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${RELATIONSHIPS}">` +
        numbers.map((n) => `<Relationship Id="rId${n}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('') +
        `<Relationship Id="rId${numbers.length + 1}" Type="${OFFICE}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ['xl/styles.xml', STYLES],
  ];
};
