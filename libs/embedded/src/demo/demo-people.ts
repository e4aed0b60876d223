import { AuthenticatedActor } from '@kongthun/http';

export const DEMO_FUND_ID = 'phuket-talat-yai';

/** Valid-looking citizen IDs for demo people: 12 digits and their check digit. */
export const demoCitizenId = (n: number): string => {
  const base = `3830100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};

export const DEMO_COMMITTEE = [
  { userId: 'somchai', role: 'chair', label: 'ประธาน สมชาย (committee, chair)' },
  { userId: 'malee', role: 'treasurer', label: 'เหรัญญิก มาลี (treasurer)' },
  { userId: 'prasert', role: 'member', label: 'กรรมการ ประเสริฐ (committee)' },
  { userId: 'wanida', role: 'member', label: 'กรรมการ วนิดา (committee)' },
] as const;

const scope = { funds: [DEMO_FUND_ID] };

export const demoActors: Record<string, AuthenticatedActor> = {
  somchai: { userId: 'somchai', role: 'committee', scope },
  malee: { userId: 'malee', role: 'treasurer', scope },
  prasert: { userId: 'prasert', role: 'committee', scope },
  wanida: { userId: 'wanida', role: 'committee', scope },
  auditor: { userId: 'auditor-phuket', role: 'auditor', scope: { areas: ['83'] } },
  admin: { userId: 'admin', role: 'admin', scope: {} },
};

export const demoUsers = [
  ...DEMO_COMMITTEE.map((member) => ({ label: member.label, actor: demoActors[member.userId] })),
  { label: 'ผู้ตรวจสอบ จ.ภูเก็ต (auditor)', actor: demoActors.auditor },
];

/**
 * Demo members and their death beneficiaries. Invented people: names are common Phuket names and
 * phones are in 0800000xxx, a range no real subscriber is given here. Stored only encrypted.
 */
export const DEMO_MEMBERS = [
  { memberId: 'm-001', name: 'นายบุญมี ทองดี', phone: '080-000-0101', beneficiary: 'นางสาวสมใจ ทองดี' },
  { memberId: 'm-002', name: 'นางสุดา แก้วกาญจนา', phone: '080-000-0102', beneficiary: 'เด็กหญิงมาลัย แก้วกาญจนา' },
  { memberId: 'm-003', name: 'นายอำนวย ศรีสุข', phone: '080-000-0103', beneficiary: 'นายอนุชา ศรีสุข' },
  { memberId: 'm-004', name: 'นางจันทร์เพ็ญ หอมจันทร์', phone: null, beneficiary: 'นายพิชัย หอมจันทร์' },
  { memberId: 'm-005', name: 'นายประยูร ทะเลงาม', phone: '080-000-0105', beneficiary: 'นางสาวปรียา ทะเลงาม' },
  { memberId: 'm-006', name: 'นางละเอียด ใจบุญ', phone: '080-000-0106', beneficiary: 'นายวีระ ใจบุญ' },
];
