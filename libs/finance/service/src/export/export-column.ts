/**
 * One column of an export: a Thai header, and the cell of a row. A number cell is money in baht
 * (two decimals: `1234.50` in CSV, a number formatted `#,##0.00` in XLSX) or a plain count.
 */
export interface ExportColumn<Row> {
  header: string;
  /** Width in characters, for XLSX. */
  width: number;
  kind: 'text' | 'baht' | 'count';
  cell(row: Row): string | number | null;
}

/** Satang as baht for a cell: exact below 2^53 satang (90 trillion baht), far beyond any total here. */
export const bahtCell = (satang: bigint): number => Number(satang) / 100;
