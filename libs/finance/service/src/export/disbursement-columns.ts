import { thaiDay } from '@kongthun/finance-model';
import { DisbursementDetail } from '../store/disbursement-details';
import { bahtCell, ExportColumn } from './export-column';
import { disbursementKindLabel, methodLabel, programmeLabel, provinceLabel, purposeLabel } from './thai-labels';

/** The disbursement export (รายละเอียดการจ่ายเงิน): one row per payment, dates in BE, amounts in baht. */
export const DISBURSEMENT_COLUMNS: ExportColumn<DisbursementDetail>[] = [
  { header: 'ลำดับ', width: 9, kind: 'count', cell: (row) => row.seq },
  { header: 'วันที่จ่าย', width: 14, kind: 'text', cell: (row) => thaiDay(row.paidOn) },
  { header: 'ปีงบประมาณ', width: 11, kind: 'count', cell: (row) => row.fiscalYear },
  { header: 'แผนงาน', width: 24, kind: 'text', cell: (row) => programmeLabel(row.programme) },
  { header: 'รหัสหน่วยงาน', width: 18, kind: 'text', cell: (row) => row.unitId },
  { header: 'ชื่อหน่วยงาน', width: 40, kind: 'text', cell: (row) => row.unitName },
  { header: 'จังหวัด', width: 16, kind: 'text', cell: (row) => provinceLabel(row.areaCode) },
  { header: 'รหัสพื้นที่', width: 11, kind: 'text', cell: (row) => row.areaCode },
  { header: 'ประเภทการจ่าย', width: 18, kind: 'text', cell: (row) => disbursementKindLabel(row.kind) },
  { header: 'วัตถุประสงค์', width: 22, kind: 'text', cell: (row) => purposeLabel(row.purpose) },
  { header: 'วิธีการจ่าย', width: 18, kind: 'text', cell: (row) => methodLabel(row.method) },
  { header: 'เลขที่รายการจ่าย', width: 20, kind: 'text', cell: (row) => row.disbursementId },
  { header: 'ผู้รับเงิน (รหัสในแผนงาน)', width: 20, kind: 'text', cell: (row) => row.recipientRef },
  { header: 'จำนวนเงิน (บาท)', width: 16, kind: 'baht', cell: (row) => bahtCell(row.amountSatang) },
];
