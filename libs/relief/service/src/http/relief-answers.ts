import { z } from 'zod/v4';
import { dryRunRecorded } from './relief-event-examples';

/** Baht as a decimal string with two places, e.g. "2000000.00": money is never a JSON number. */
const baht = z.string().regex(/^-?\d+\.\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const payeeMethod = z.enum(['bank-transfer', 'promptpay']);

/** What every relief command answers: the events it recorded, so the caller sees exactly what changed. */
export const recordedAnswer = z.strictObject({
  events: z.array(
    z.strictObject({ id: z.string(), type: z.string(), streamRevision: z.string(), data: z.record(z.string(), z.unknown()) }),
  ),
});
export const recordedExample = (type: string, data: Record<string, unknown>): z.output<typeof recordedAnswer> => ({
  events: [{ id: '019ab2c4-7c1e-7c3a-9f10-2b3c4d5e6f70', type, streamRevision: '0', data }],
});

/** A CSV import: rows read, accepted and refused, with the first 100 refused rows by line. */
export const bulkAnswer = z.strictObject({
  rows: z.int(),
  accepted: z.int(),
  refused: z.int(),
  refusals: z.array(z.strictObject({ line: z.int(), code: z.string(), message: z.string() })).describe('The first 100 refused rows'),
});
export const bulkExample: z.output<typeof bulkAnswer> = {
  rows: 3,
  accepted: 2,
  refused: 1,
  refusals: [{ line: 4, code: 'relief.household-outside-area', message: 'Village 86010901 is outside the declared zone' }],
};

export const dashboardAnswer = z.strictObject({
  declarationId: z.string(),
  name: z.string(),
  areaCodes: z.array(z.string()),
  period: z.strictObject({ from: isoDate, until: isoDate }),
  households: z.strictObject({ registered: z.int(), assessed: z.int(), paid: z.int() }),
  byItem: z.array(z.strictObject({ item: z.string(), households: z.int(), entitled: baht, paid: baht })),
});
export const dashboardExample: z.output<typeof dashboardAnswer> = {
  declarationId: 'cp-flood-2568',
  name: 'อุทกภัยจังหวัดชุมพร พฤศจิกายน 2568',
  areaCodes: ['860102', '86010403'],
  period: { from: '2025-11-20', until: '2026-02-20' },
  households: { registered: 120, assessed: 118, paid: 110 },
  byItem: [
    { item: 'house-repair', households: 40, entitled: '940000.00', paid: '893000.00' },
    { item: 'flood-duration', households: 118, entitled: '1062000.00', paid: '990000.00' },
  ],
};

const entitlement = z.strictObject({
  entitlementId: z.string(),
  item: z.string(),
  quantity: z.int(),
  amount: baht,
  tableId: z.string(),
  band: z.string().nullable(),
  capped: z.boolean(),
});

/** One step of a household's life; which fields it has depends on its `type`. */
export const timelineAnswer = z.strictObject({
  declarationId: z.string(),
  householdId: z.string().describe('Keyed hash of the house registration number'),
  entries: z.array(
    z.strictObject({
      type: z.string(),
      recordedAt: z.string().describe('UTC ISO-8601 with milliseconds'),
      eventId: z.string(),
      on: isoDate,
      villageCode: z.string().optional(),
      method: payeeMethod.optional(),
      assessmentId: z.string().optional(),
      entitlements: z.array(entitlement).optional(),
      runId: z.string().optional(),
      reference: z.string().optional(),
      attempt: z.int().optional(),
      amount: baht.optional(),
      reason: z.string().optional(),
    }),
  ),
});
export const timelineExample: z.output<typeof timelineAnswer> = {
  declarationId: 'cp-flood-2568',
  householdId: '3'.repeat(64),
  entries: [
    {
      type: 'relief.households.registered',
      recordedAt: '2025-11-22T03:15:00.000Z',
      eventId: '019ab2c4-7c1e-7c3a-9f10-2b3c4d5e6f70',
      on: '2025-11-22',
      villageCode: '86010201',
      method: 'bank-transfer',
    },
    {
      type: 'relief.households.assessed',
      recordedAt: '2025-11-24T02:00:00.000Z',
      eventId: '019ab2c4-8a10-7c3a-9f10-2b3c4d5e6f71',
      on: '2025-11-24',
      assessmentId: 'as-0001',
      entitlements: [
        {
          entitlementId: 'as-0001-1',
          item: 'house-repair',
          quantity: 1,
          amount: '23500.00',
          tableId: 'mof-2556-v2',
          band: null,
          capped: false,
        },
      ],
    },
    {
      type: 'relief.payments.settled',
      recordedAt: '2025-12-02T04:30:00.000Z',
      eventId: '019ab2c4-9b20-7c3a-9f10-2b3c4d5e6f72',
      on: '2025-12-01',
      runId: 'cp-flood-2568-run-1',
      reference: 'RF00013FA2C9D1B07E',
      amount: '23500.00',
    },
  ],
};

/** A dry run: what the run would pay, what it would not and why, and the event that recorded the figures. */
export const dryRunAnswer = z.strictObject({
  applicableCount: z.int(),
  applicableAmount: baht,
  notApplicable: z.array(z.strictObject({ reason: z.string(), count: z.int(), amount: baht })),
  events: recordedAnswer.shape.events,
});
export const dryRunExample: z.output<typeof dryRunAnswer> = {
  applicableCount: 120,
  applicableAmount: '1450000.00',
  notApplicable: [{ reason: 'not-assessed', count: 2, amount: '0.00' }],
  ...recordedExample('relief.run.dry-run-recorded', dryRunRecorded),
};

/** A bank result file imported: its lines counted by outcome. */
export const resultImportAnswer = z.strictObject({
  format: z.string(),
  sha256: z.string(),
  lines: z.int(),
  paid: z.int(),
  failed: z.int(),
  returned: z.int(),
  unknownReference: z.int(),
  amountMismatch: z.int(),
  duplicateLine: z.int(),
});
export const resultImportExample: z.output<typeof resultImportAnswer> = {
  format: 'kongthun-result-csv-v1',
  sha256: '9f2b6c1d0e8a7b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c',
  lines: 120,
  paid: 117,
  failed: 2,
  returned: 1,
  unknownReference: 0,
  amountMismatch: 0,
  duplicateLine: 0,
};

export const runStatusAnswer = z.strictObject({
  runId: z.string(),
  status: z.enum(['Created', 'Approved', 'Exported', 'Closed']),
  method: payeeMethod,
  controlTotals: z.strictObject({ count: z.int(), amount: baht }),
  approvalsRequired: z.int(),
  approverIds: z.array(z.string()),
  exported: z.strictObject({ count: z.int(), amount: baht, sha256: z.string() }).nullable(),
  payments: z.record(z.string(), z.strictObject({ count: z.int(), amount: baht })).describe('Payments of the run counted by status'),
});
export const runStatusExample: z.output<typeof runStatusAnswer> = {
  runId: 'cp-flood-2568-run-1',
  status: 'Exported',
  method: 'bank-transfer',
  controlTotals: { count: 120, amount: '1450000.00' },
  approvalsRequired: 2,
  approverIds: ['committee-1', 'committee-2'],
  exported: { count: 120, amount: '1450000.00', sha256: '4a1c0e9b8d7f6e5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a' },
  payments: { issued: { count: 3, amount: '36000.00' }, paid: { count: 117, amount: '1414000.00' } },
};

export const bankFileSample =
  'record,reference,account_no,amount\nD,RF00013FA2C9D1B07E,0201234567,23500.00\nD,RF0002B41E07C9A3D5,0209876543,12000.00\nT,2,,35500.00\n';
export const householdsCsvSample =
  'house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account\n' +
  '86010200012,86010201,1101700230708,นายสมศักดิ์ ใจกล้า,081-234-5678,3860100000123,นางมะลิ ใจกล้า,หนังสือรับรองผู้ใหญ่บ้าน หมู่ 1 ที่ 3/2568,3860100000018,บันทึกประชาคมหมู่ 1,bank-transfer,020-1-23456-7\n';
export const assessmentsCsvSample =
  'house_registration_no,assessment_id,flood_days,items\n86010200012,as-0001,12,house-repair:1:23500.00;clothing:3:\n';
export const resultsCsvSample =
  'reference,amount,status,reason,value_date\nRF00013FA2C9D1B07E,23500.00,SUCCESS,,2025-12-01\nRF0002B41E07C9A3D5,12000.00,FAILED,บัญชีปิดแล้ว,2025-12-01\n';

const personView = z.strictObject({
  name: z.string().describe('Thai name with title; each word’s first letter only for a viewer'),
  phone: z.string().nullable(),
  citizenId: z.string().describe('Grouped 13 digits, or masked (`3-xxxx-xxxxx-xx-4`) for an auditor or a viewer'),
});
export const householdPersonalDataAnswer = z.strictObject({
  householdId: z.string(),
  kept: z.boolean().describe('False for a household registered by reference only (no names were taken)'),
  head: personView.nullable(),
  members: z.array(personView),
  citizenIdMasked: z.boolean(),
});
export const householdPersonalDataExample: z.output<typeof householdPersonalDataAnswer> = {
  householdId: '5f0c3a7e9b1d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e',
  kept: true,
  head: { name: 'นายสมศักดิ์ ใจกล้า', phone: '081-234-5678', citizenId: '1-1017-00230-70-8' },
  members: [{ name: 'นางมะลิ ใจกล้า', phone: null, citizenId: '3-8601-00001-23-1' }],
  citizenIdMasked: false,
};

/** One statement of the paying account: a transfer paid (D) and a reject credited back (C), each naming its reference in :86: /EREF/. */
export const resultsMt940Sample = [
  ':20:STMT20251201',
  ':25:0201000057',
  ':28C:1/1',
  ':60F:C251201THB100000,00',
  ':61:2512011201D23500,00NTRFNONREF//B0001',
  ':86:/EREF/RF00013FA2C9D1B07E/REMI/RELIEF',
  ':61:2512011201C12000,00NTRFNONREF//B0002',
  ':86:/EREF/RF0002B41E07C9A3D5/RTRN/AC04 ACCOUNT CLOSED',
  ':62F:C251201THB88500,00',
  '-',
  '',
].join('\r\n');

const page = <Item extends z.ZodType>(item: Item) =>
  z.strictObject({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last'),
  });

export const declarationsPageAnswer = page(
  z.strictObject({
    declarationId: z.string(),
    name: z.string(),
    disasterType: z.string(),
    areaCodes: z.array(z.string()),
    disasterDate: isoDate,
    period: z.strictObject({ from: isoDate, until: isoDate }),
    declaredOn: isoDate,
    households: z.strictObject({ registered: z.int(), assessed: z.int(), paid: z.int() }),
  }),
);
export const declarationsPageExample: z.output<typeof declarationsPageAnswer> = {
  items: [
    {
      declarationId: 'chumphon-flood-demo',
      name: 'อุทกภัยจังหวัดชุมพร',
      disasterType: 'flood',
      areaCodes: ['860101'],
      disasterDate: '2025-11-20',
      period: { from: '2025-11-20', until: '2026-02-20' },
      declaredOn: '2025-11-21',
      households: { registered: 8, assessed: 8, paid: 6 },
    },
  ],
  nextCursor: null,
};

export const householdsPageAnswer = page(
  z.strictObject({
    householdId: z.string().describe('Keyed hash of the house registration number'),
    villageCode: z.string().nullable(),
    status: z.enum(['registered', 'assessed', 'paid']),
    entitled: baht,
    paid: baht,
  }),
);
export const householdsPageExample: z.output<typeof householdsPageAnswer> = {
  items: [{ householdId: '3'.repeat(64), villageCode: '86010201', status: 'paid', entitled: '29000.00', paid: '29000.00' }],
  nextCursor: '3'.repeat(64),
};

export const declarationRunsAnswer = z.strictObject({
  declarationId: z.string(),
  items: z.array(
    z.strictObject({
      runId: z.string(),
      programmeId: z.string(),
      method: payeeMethod,
      status: z.string(),
      controlTotals: z.strictObject({ count: z.int(), amount: baht }),
      createdOn: isoDate,
    }),
  ),
});
export const declarationRunsExample: z.output<typeof declarationRunsAnswer> = {
  declarationId: 'chumphon-flood-demo',
  items: [
    {
      runId: 'run-1',
      programmeId: 'chumphon-flood-demo',
      method: 'bank-transfer',
      status: 'Exported',
      controlTotals: { count: 8, amount: '232000.00' },
      createdOn: '2025-12-01',
    },
  ],
};
