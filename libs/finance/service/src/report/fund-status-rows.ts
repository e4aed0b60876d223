import { BUDDHIST_ERA_OFFSET, Money } from '@kongthun/kernel';
import { MONEY_IN_SOURCES } from '@kongthun/money-contract';
import { thaiDay } from '@kongthun/finance-model';
import { bahtCell } from '../export/export-column';
import { disbursementKindLabel, provinceLabel, purposeLabel, SOURCE_LABELS } from '../export/thai-labels';
import { FundStatusData } from './fund-status-data';

/** One line of the report: a label, a count or an amount in baht, and the amount in Thai words on totals. */
export interface ReportLine {
  style: 'title' | 'heading' | 'line' | 'total' | 'note';
  label: string;
  count?: number;
  baht?: number;
  words?: string;
}

const amount = (style: 'line' | 'total', label: string, satang: bigint): ReportLine => ({
  style,
  label,
  baht: bahtCell(satang),
  ...(style === 'total' ? { words: Money.ofSatang(satang).toThaiWords() } : {}),
});

/**
 * The CODI fund-status report (แบบแสดงสถานะกองทุนสวัสดิการชุมชน) of one fund and fiscal year,
 * as lines: members, money in by source, benefits paid by kind, and the balance carried
 * (opening + money in − money paid = closing). Pure: the figures come from {@link FundStatusData}.
 */
export const fundStatusLines = (data: FundStatusData): ReportLine[] => {
  const { unit, fiscalYear, year } = data;
  const ceEnd = fiscalYear - BUDDHIST_ERA_OFFSET;
  const paidTotal = data.paid.reduce((sum, line) => sum + line.amountSatang, 0n);
  const closing = data.openingBalanceSatang + year.netMoneyIn - paidTotal;
  return [
    { style: 'title', label: 'แบบแสดงสถานะกองทุนสวัสดิการชุมชน' },
    { style: 'title', label: `${unit.name} (รหัส ${unit.unitId})` },
    { style: 'title', label: `พื้นที่ ${unit.areaCodes.join(', ')} จังหวัด${provinceLabel(unit.homeArea)}` },
    {
      style: 'title',
      label: `ปีงบประมาณ ${fiscalYear} (${thaiDay(`${ceEnd - 1}-10-01`)} – ${thaiDay(`${ceEnd}-09-30`)})`,
    },
    { style: 'heading', label: '1. สมาชิก' },
    { style: 'line', label: 'สมาชิกที่ส่งเงินสมทบในปี (คน)', count: data.contributingMembers },
    { style: 'line', label: 'สมาชิกใหม่ที่ชำระค่าสมัครในปี (คน)', count: data.newMembers },
    {
      style: 'note',
      label: 'นับจากผู้ส่งเงินตามสัญญาข้อมูลการเงิน ซึ่งไม่มีรายการสมัคร ลาออก หรือเสียชีวิต จึงไม่แสดงจำนวนสมาชิกคงอยู่ ณ สิ้นปี',
    },
    { style: 'heading', label: '2. เงินรับจำแนกตามแหล่งที่มา (สุทธิหลังกลับรายการ)' },
    ...MONEY_IN_SOURCES.map((source) => amount('line', SOURCE_LABELS[source], year.moneyInBySource[source])),
    amount('total', 'รวมเงินรับ', year.netMoneyIn),
    { style: 'heading', label: '3. สวัสดิการและรายจ่ายจำแนกตามประเภท (สุทธิหลังกลับรายการ)' },
    ...data.paid.map((line) => ({
      ...amount('line', `${disbursementKindLabel(line.kind)}: ${purposeLabel(line.purpose)}`, line.amountSatang),
      count: line.payments,
    })),
    amount('total', 'รวมจ่าย', paidTotal),
    { style: 'heading', label: '4. สถานะกองทุน' },
    amount('total', 'ยอดยกมาต้นปี', data.openingBalanceSatang),
    amount('line', 'บวก เงินรับในปี', year.netMoneyIn),
    amount('line', 'หัก รายจ่ายในปี', paidTotal),
    amount('total', 'ยอดคงเหลือยกไป', closing),
  ];
};
