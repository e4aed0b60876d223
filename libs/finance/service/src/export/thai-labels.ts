import { THAI_PROVINCES } from '@kongthun/kernel';

/** Thai names of the contract's codes, for the people who read exports; an unknown code shows as itself. */
const PROGRAMMES: Record<string, string> = {
  welfare: 'กองทุนสวัสดิการชุมชน',
  grants: 'ทุนสนับสนุนโครงการ',
  relief: 'ช่วยเหลือผู้ประสบภัยพิบัติ',
};
const DISBURSEMENT_KINDS: Record<string, string> = {
  benefit: 'สวัสดิการ',
  administration: 'ค่าบริหารจัดการ',
  'grant-tranche': 'งวดเงินโครงการ',
  relief: 'เงินช่วยเหลือ',
};
const METHODS: Record<string, string> = { cash: 'เงินสด', 'bank-transfer': 'โอนเงินผ่านธนาคาร', promptpay: 'พร้อมเพย์', cheque: 'เช็ค' };
export const SOURCE_LABELS: Record<string, string> = {
  'member-contribution': 'เงินสมทบสมาชิก',
  'joining-fee': 'ค่าสมัคร',
  matching: 'เงินสมทบจากรัฐ/ท้องถิ่น',
  'budget-allocation': 'งบประมาณที่ได้รับจัดสรร',
  donation: 'เงินบริจาค',
  other: 'รายรับอื่น',
};
export const PURPOSE_LABELS: Record<string, string> = {
  birth: 'คลอดบุตร',
  sickness: 'เจ็บป่วย/นอนโรงพยาบาล',
  funeral: 'เสียชีวิต/ฌาปนกิจ',
  death: 'เสียชีวิต/ฌาปนกิจ',
  elderly: 'ผู้สูงอายุ',
  disability: 'ผู้พิการ',
  education: 'ทุนการศึกษา',
};

export const programmeLabel = (programme: string): string => PROGRAMMES[programme] ?? programme;
export const disbursementKindLabel = (kind: string): string => DISBURSEMENT_KINDS[kind] ?? kind;
export const methodLabel = (method: string): string => METHODS[method] ?? method;
export const purposeLabel = (purpose: string): string => PURPOSE_LABELS[purpose] ?? purpose;
export const provinceLabel = (areaCode: string | null): string =>
  areaCode === null ? '' : (THAI_PROVINCES.get(areaCode.slice(0, 2))?.th ?? areaCode.slice(0, 2));
