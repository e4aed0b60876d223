import { z } from 'zod/v4';
import { Money } from '@kongthun/kernel';
import { DISASTER_TYPES } from '@kongthun/relief-domain';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * The largest amount one relief field takes (1,000,000,000.00 baht), as in welfare and grants: a run
 * above it is split, or the deployment raises the limit in code review, never by a typo of extra zeros.
 */
const LIMIT = Money.ofBaht(1_000_000_000);
const amount = z
  .string()
  .regex(/^\d{1,13}\.\d{2}$/, 'baht with two decimals, e.g. "5000.00"')
  .superRefine((text, context) => {
    if (Money.parse(text).isGreaterThan(LIMIT))
      context.addIssue({
        code: 'custom',
        message: `money.above-limit: above ${LIMIT.format()} baht`,
        params: { refusal: 'money.above-limit', limit: LIMIT.toJSON() },
      });
  });
const text = z.string().trim().min(1).max(200);

export const declareRequest = z.strictObject({
  declarationId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
  name: text,
  disasterType: z.enum(DISASTER_TYPES),
  areaCodes: z.array(z.string()).min(1).max(2000),
  disasterDate: day,
  from: day,
  until: day,
  documentRef: text,
  expectedHouseholds: z.int().min(1).max(50_000_000),
});
export const declareExample = {
  declarationId: 'cp-flood-2568',
  name: 'อุทกภัยจังหวัดชุมพร พฤศจิกายน 2568',
  disasterType: 'flood',
  areaCodes: ['860102', '86010403'],
  disasterDate: '2025-11-20',
  from: '2025-11-20',
  until: '2026-02-20',
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 17/2568',
  expectedHouseholds: 2500,
};

export const amendRequest = z.strictObject({
  amendmentId: text,
  addAreas: z.array(z.string()).max(2000),
  removeAreas: z.array(z.string()).max(2000),
  documentRef: text,
});
export const extendRequest = z.strictObject({ until: day, documentRef: text });
export const allocateRequest = z.strictObject({ allocationId: text, sourceName: text, amount, receivedOn: day, documentRef: text });

/** A person of the household: the name and phone are kept encrypted, never in an event. */
const person = z.strictObject({
  citizenId: z.string().min(13).max(17),
  name: z.string().trim().min(1).max(200).describe('Full name with title, in Thai (kept encrypted)'),
  phone: z.string().max(20).nullable().optional().describe('Kept encrypted'),
});
export const registerRequest = z.strictObject({
  houseRegistrationNo: z.string().min(11).max(14),
  villageCode: z.string().regex(/^\d{8}$/),
  head: person,
  members: z.array(person).max(50),
  certification: z.strictObject({ documentRef: text, certifierCitizenId: z.string().min(13).max(17) }),
  communityMeetingRef: text,
  payee: z.strictObject({ method: z.enum(['bank-transfer', 'promptpay']), account: z.string().min(6).max(24) }),
});
export const registerExample = {
  houseRegistrationNo: '86010200012',
  villageCode: '86010201',
  head: { citizenId: '1101700230708', name: 'นายสมศักดิ์ ใจกล้า', phone: '081-234-5678' },
  members: [{ citizenId: '3860100000123', name: 'นางมะลิ ใจกล้า' }],
  certification: { documentRef: 'หนังสือรับรองผู้ใหญ่บ้าน หมู่ 1 ที่ 3/2568', certifierCitizenId: '3860100000018' },
  communityMeetingRef: 'บันทึกประชาคมหมู่ 1 วันที่ 22 พ.ย. 2568',
  payee: { method: 'bank-transfer', account: '020-1-23456-7' },
};

export const assessRequest = z.strictObject({
  houseRegistrationNo: z.string().min(11).max(14),
  assessmentId: text,
  floodDays: z.int().min(0).max(3660).nullable(),
  items: z.array(z.strictObject({ item: text, quantity: z.int().min(1).max(100), assessedCost: amount.nullable() })).max(30),
});
export const assessExample = {
  houseRegistrationNo: '86010200012',
  assessmentId: 'as-0001',
  floodDays: 12,
  items: [
    { item: 'house-repair', quantity: 1, assessedCost: '23500.00' },
    { item: 'clothing', quantity: 3, assessedCost: null },
  ],
};

export const reverseRequest = z.strictObject({ reversalId: text, reason: text });

export const createRunRequest = z.strictObject({
  runId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
  declarationId: z.string().min(1).max(64),
  programmeId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
  sourceName: text,
  method: z.enum(['bank-transfer', 'promptpay']),
  controlTotals: z.strictObject({ count: z.int().min(1), amount }),
});
export const createRunExample = {
  runId: 'cp-flood-2568-run-1',
  declarationId: 'cp-flood-2568',
  programmeId: 'chumphon-social-fund',
  sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
  method: 'bank-transfer',
  controlTotals: { count: 120, amount: '1450000.00' },
};
export const closeRunRequest = z.strictObject({ reason: text });
