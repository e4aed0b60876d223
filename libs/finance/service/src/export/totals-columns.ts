import { GroupBy, TotalsGroup, thaiMonth } from '@kongthun/finance-model';
import { Money } from '@kongthun/kernel';
import { MONEY_IN_SOURCES } from '@kongthun/money-contract';
import { bahtCell, ExportColumn } from './export-column';
import { programmeLabel, provinceLabel, SOURCE_LABELS } from './thai-labels';

const DIMENSION_COLUMNS: Record<GroupBy, ExportColumn<TotalsGroup>> = {
  province: {
    header: 'จังหวัด',
    width: 18,
    kind: 'text',
    cell: (g) => (g.key.province ? `${g.key.province} ${provinceLabel(String(g.key.province))}` : 'ไม่ระบุ'),
  },
  district: { header: 'รหัสอำเภอ', width: 11, kind: 'text', cell: (g) => (g.key.district as string | null) ?? 'ไม่ระบุ' },
  subdistrict: { header: 'รหัสตำบล', width: 11, kind: 'text', cell: (g) => (g.key.subdistrict as string | null) ?? 'ไม่ระบุ' },
  programme: { header: 'แผนงาน', width: 24, kind: 'text', cell: (g) => programmeLabel(String(g.key.programme)) },
  unit: { header: 'รหัสหน่วยงาน', width: 18, kind: 'text', cell: (g) => g.key.unit as string },
  fiscalYear: { header: 'ปีงบประมาณ', width: 11, kind: 'count', cell: (g) => g.key.fiscalYear as number },
  month: { header: 'เดือน', width: 16, kind: 'text', cell: (g) => thaiMonth(String(g.key.month)) },
};

const baht = (header: string, pick: (g: TotalsGroup) => bigint): ExportColumn<TotalsGroup> => ({
  header,
  width: 18,
  kind: 'baht',
  cell: (g) => bahtCell(pick(g)),
});
/** Totals are what a person reads and signs for, so the two that matter most are also in Thai words. */
const words = (header: string, pick: (g: TotalsGroup) => bigint): ExportColumn<TotalsGroup> => ({
  header,
  width: 48,
  kind: 'text',
  cell: (g) => Money.ofSatang(pick(g)).toThaiWords(),
});

/** The totals export (สรุปยอดเงิน): the grouping's dimensions, then every figure. */
export const totalsColumns = (groupBy: readonly GroupBy[]): ExportColumn<TotalsGroup>[] => [
  ...groupBy.map((dimension) => DIMENSION_COLUMNS[dimension]),
  baht('เงินรับ (บาท)', (g) => g.totals.moneyIn),
  ...MONEY_IN_SOURCES.map((source) => baht(`เงินรับสุทธิ: ${SOURCE_LABELS[source]} (บาท)`, (g) => g.totals.moneyInBySource[source])),
  baht('ยอดอนุมัติผูกพัน (บาท)', (g) => g.totals.committed),
  baht('ยอดจ่าย (บาท)', (g) => g.totals.disbursed),
  baht('กลับรายการ (บาท)', (g) => g.totals.reversed),
  baht('รับคืน (บาท)', (g) => g.totals.refunded),
  baht('เงินรับสุทธิ (บาท)', (g) => g.totals.netMoneyIn),
  words('เงินรับสุทธิ (ตัวอักษร)', (g) => g.totals.netMoneyIn),
  baht('ผูกพันสุทธิ (บาท)', (g) => g.totals.netCommitted),
  baht('จ่ายสุทธิ (บาท)', (g) => g.totals.netDisbursed),
  words('จ่ายสุทธิ (ตัวอักษร)', (g) => g.totals.netDisbursed),
];
