import { declareExample } from './relief-requests';

/**
 * The data of the events relief commands record, as the documented examples of their answers:
 * identities are keyed hashes (64 hex digits), never the citizen ID or account in clear.
 */
const hash = (digit: string) => digit.repeat(64);
const household = hash('3');

export const zoneDeclared = { ...declareExample, householdBuckets: 3, declaredOn: '2025-11-21' };
export const zoneAmended = {
  declarationId: 'cp-flood-2568',
  amendmentId: 'am-1',
  addedAreas: ['860103'],
  removedAreas: [],
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 20/2568',
  amendedOn: '2025-11-25',
};
export const zoneExtended = {
  declarationId: 'cp-flood-2568',
  until: '2026-03-31',
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 3/2569',
  extendedOn: '2026-02-10',
};
export const fundsAllocated = {
  declarationId: 'cp-flood-2568',
  allocationId: 'al-1',
  sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
  amount: '2000000.00',
  receivedOn: '2025-11-22',
  documentRef: 'ชพ 0017/2568',
};
export const householdsRegistered = {
  declarationId: 'cp-flood-2568',
  bucket: 1,
  registeredOn: '2025-11-22',
  registeredBy: 'officer-1',
  households: [
    {
      householdId: household,
      villageCode: '86010201',
      head: { citizenIdHash: hash('a'), personalDataRef: 'pd-cp-0001' },
      members: [],
      certifiedBy: { documentRef: 'หนังสือรับรองผู้ใหญ่บ้าน หมู่ 1 ที่ 3/2568', certifierIdHash: hash('b') },
      communityMeetingRef: 'บันทึกประชาคมหมู่ 1 วันที่ 22 พ.ย. 2568',
      accountHash: hash('c'),
      method: 'bank-transfer',
    },
  ],
};
const entitlement = {
  entitlementId: 'as-0001-1',
  item: 'house-repair',
  quantity: 1,
  amount: '23500.00',
  tableId: 'mof-2556-v2',
  band: null,
  capped: false,
};
export const householdsAssessed = {
  declarationId: 'cp-flood-2568',
  bucket: 1,
  disasterDate: '2025-11-20',
  assessedOn: '2025-11-24',
  assessedBy: 'officer-1',
  assessments: [
    {
      householdId: household,
      headCitizenIdHash: hash('a'),
      accountHash: hash('c'),
      villageCode: '86010201',
      assessmentId: 'as-0001',
      floodDays: 12,
      items: [{ item: 'house-repair', quantity: 1, assessedCost: '23500.00' }],
      entitlements: [entitlement],
    },
  ],
};
export const paymentReversed = {
  declarationId: 'cp-flood-2568',
  bucket: 1,
  householdId: household,
  reference: 'RF00013FA2C9D1B07E',
  reversalId: 'rv-1',
  amount: '23500.00',
  reason: 'โอนผิดครัวเรือน (paid to the wrong household)',
  reversedOn: '2025-12-05',
  entitlements: [{ entitlementId: 'as-0001-1', item: 'house-repair', amount: '23500.00' }],
};
export const runCreated = {
  runId: 'cp-flood-2568-run-1',
  declarationId: 'cp-flood-2568',
  programmeId: 'chumphon-social-fund',
  sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
  method: 'bank-transfer',
  controlCount: 120,
  controlAmount: '1450000.00',
  approvalsRequired: 2,
  createdBy: 'officer-1',
  createdOn: '2025-11-28',
};
export const dryRunRecorded = {
  runId: 'cp-flood-2568-run-1',
  applicableCount: 120,
  applicableAmount: '1450000.00',
  notApplicable: [{ reason: 'not-assessed', count: 2, amount: '0.00' }],
  matchesControlTotals: true,
  recordedOn: '2025-11-28',
};
export const approvalRecorded = { runId: 'cp-flood-2568-run-1', approverId: 'committee-1', approvedOn: '2025-11-29' };
export const runClosed = { runId: 'cp-flood-2568-run-1', reason: 'กระทบยอดครบแล้ว (reconciled)', closedOn: '2025-12-10' };
