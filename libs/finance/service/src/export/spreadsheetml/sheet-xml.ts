import { ExportColumn } from '../export-column';
import { CELL_STYLE } from './workbook-parts';
import { xmlText } from './xml-text';

/** `A`, `B`, … `Z`, `AA`: a column's letters in a cell reference. */
export const columnLetters = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** Leading or trailing spaces survive only when the text says so; otherwise a reader may trim them. */
const isPadded = (text: string): boolean => /^\s|\s$/.test(text);

/**
 * An inline string: the text lives in the cell itself, so nothing like a shared-strings table
 * grows with the export (a streaming writer could not finish that table before the last row).
 */
const textCell = (ref: string, text: string, style: number): string =>
  `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${isPadded(text) ? ' xml:space="preserve"' : ''}>${xmlText(text)}</t></is></c>`;

const numberCell = (ref: string, value: number, style: number): string =>
  Number.isFinite(value) ? `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>` : '';

/** Thai vowel and tone marks sit above or below a letter and take no width of their own. */
const THAI_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
/** Points a line of 14-point Thai needs, marks above and below included. */
const LINE_HEIGHT = 21;

/**
 * The header row: each column's Thai header, bold, wrapped, in a row tall enough for the longest
 * (a reader keeps a row's height as written, so it is estimated here: a column of `width` holds
 * about `width` bold Thai letters a line, less what breaking between words wastes).
 */
export const headerRowXml = <Row>(columns: readonly ExportColumn<Row>[], letters: readonly string[]): string => {
  const lines = Math.max(...columns.map((column) => Math.ceil(column.header.replace(THAI_MARKS, '').length / (column.width * 0.75))));
  const height = lines > 1 ? ` ht="${lines * LINE_HEIGHT}" customHeight="1"` : '';
  return `<row r="1"${height}>${columns.map((column, i) => textCell(`${letters[i]}1`, column.header, CELL_STYLE.header)).join('')}</row>`;
};

/** One data row, numbered from 1 like the sheet; an empty (null) cell is left out, as Excel does. */
export const rowXml = <Row>(columns: readonly ExportColumn<Row>[], letters: readonly string[], rowNumber: number, row: Row): string => {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i];
    const value = column.cell(row);
    if (value === null) continue;
    const ref = `${letters[i]}${rowNumber}`;
    const style = CELL_STYLE[column.kind];
    xml += typeof value === 'number' ? numberCell(ref, value, style) : textCell(ref, value, style);
  }
  return `${xml}</row>`;
};

/**
 * The worksheet around the rows: the header frozen on screen, column widths, and A4 landscape,
 * every column on one page wide (a finance officer prints or files it as PDF).
 */
export const sheetHead = <Row>(columns: readonly ExportColumn<Row>[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="21"/>' +
  `<cols>${columns
    .map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1" style="${CELL_STYLE[column.kind]}"/>`)
    .join('')}</cols>` +
  '<sheetData>';

export const SHEET_TAIL =
  '</sheetData>' +
  '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
  '</worksheet>';
