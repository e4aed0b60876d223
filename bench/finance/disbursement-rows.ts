import { DisbursementDetail } from '@kongthun/finance-service';

const PROGRAMMES = ['welfare', 'grants', 'relief'];
const KINDS = ['benefit', 'grant-tranche', 'relief'];
const PURPOSES = ['sickness', 'tranche', 'flood'];
const AREAS = ['190101', '190302', '830101', '860105', '100101'];

/**
 * Disbursement rows as the store yields them, a page at a time, made on the fly so the figures
 * measure the writers and not a database: the same rows, in the same pages, for every subject.
 */
export async function* disbursementPages(rows: number, pageSize = 5_000): AsyncGenerator<DisbursementDetail[]> {
  for (let start = 0; start < rows; start += pageSize) {
    const page: DisbursementDetail[] = [];
    for (let seq = start + 1; seq <= Math.min(rows, start + pageSize); seq += 1) {
      const p = seq % 3;
      const day = 1 + (seq % 28);
      const month = 1 + (seq % 12);
      page.push({
        seq,
        messageId: `0190f000-0000-8000-8000-${seq.toString(16).padStart(12, '0')}`,
        programme: PROGRAMMES[p],
        unitId: `unit-${seq % 997}`,
        unitName: `กองทุนสวัสดิการชุมชนตำบลที่ ${seq % 997}`,
        disbursementId: `d-${seq}`,
        commitmentId: `c-${seq}`,
        kind: KINDS[p],
        purpose: PURPOSES[p],
        method: 'bank-transfer',
        paidOn: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        fiscalYear: month >= 10 ? 2567 : 2566,
        areaCode: AREAS[seq % AREAS.length],
        recipientRef: `member-${seq % 100_003}`,
        amountSatang: BigInt(100 + ((seq * 7919) % 5_000_000)),
      });
    }
    yield page;
  }
}

/** The same row as plain fields, for the bare libraries: no Thai labels, no BE dates, amount as a number. */
export const plainCells = (row: DisbursementDetail): (string | number | null)[] => [
  row.seq,
  row.paidOn,
  row.fiscalYear,
  row.programme,
  row.unitId,
  row.unitName,
  row.areaCode.slice(0, 2),
  row.areaCode,
  row.kind,
  row.purpose,
  row.method,
  row.disbursementId,
  row.recipientRef,
  Number(row.amountSatang) / 100,
];
