import { z } from 'zod/v4';

/** Baht as a decimal string with two places, e.g. "200.00": money is never a JSON number. */
const baht = z.string().regex(/^-?\d+\.\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const counts = z.record(z.string(), z.number().int());

/** What every welfare command answers: the events it recorded. */
export const recordedAnswer = z.object({
  events: z.array(z.object({ id: z.string(), type: z.string(), streamRevision: z.string(), data: z.record(z.string(), z.unknown()) })),
});
export const recordedExample = (type: string, data: Record<string, unknown>): z.output<typeof recordedAnswer> => ({
  events: [{ id: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70', type, streamRevision: '12', data }],
});

export const overviewAnswer = z.object({
  fundId: z.string(),
  name: z.string(),
  areaCode: z.string(),
  foundedOn: isoDate,
  rulesVersion: z.number().int(),
  committee: z.array(z.object({ userId: z.string(), role: z.string() })),
  members: counts.describe('Members by status'),
  claims: counts.describe('Claims by status'),
  receivedBySource: z.record(z.string(), baht),
  benefitsPaid: baht,
  adminSpent: baht,
  balance: baht,
});
export const overviewExample: z.output<typeof overviewAnswer> = {
  fundId: 'phuket-talat-yai',
  name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
  areaCode: '830101',
  foundedOn: '2024-01-05',
  rulesVersion: 1,
  committee: [{ userId: 'somchai', role: 'chair' }],
  members: { active: 6 },
  claims: { paid: 2, submitted: 1 },
  receivedBySource: { members: '2160.00', 'local-government': '1000.00' },
  benefitsPaid: '700.00',
  adminSpent: '0.00',
  balance: '2460.00',
};

const statementClaim = z.object({
  claimId: z.string(),
  benefit: z.string(),
  eventDate: isoDate,
  amount: baht,
  status: z.string(),
  payout: z.object({ payoutId: z.string(), reversed: z.boolean() }).nullable(),
});
export const statementAnswer = z.object({
  memberId: z.string(),
  status: z.string().optional(),
  planId: z.string().optional(),
  enrolledOn: isoDate.optional(),
  paidThrough: z.string().nullable().optional().describe('The last month paid, YYYY-MM'),
  contributions: z.number().int(),
  arrears: z.object({ months: z.number().int(), amount: baht }),
  claims: z.array(statementClaim),
});
export const statementExample: z.output<typeof statementAnswer> = {
  memberId: 'm-006',
  status: 'active',
  planId: 'baht-a-day',
  enrolledOn: '2024-02-01',
  paidThrough: '2025-01',
  contributions: 12,
  arrears: { months: 0, amount: '0.00' },
  claims: [
    {
      claimId: 'c-100',
      benefit: 'sickness',
      eventDate: '2025-01-20',
      amount: '200.00',
      status: 'paid',
      payout: { payoutId: 'p-100', reversed: false },
    },
  ],
};

export const claimsQueueAnswer = z.array(
  z.object({
    claimId: z.string(),
    memberId: z.string(),
    benefit: z.string(),
    eventDate: isoDate,
    amount: baht,
    approverIds: z.array(z.string()),
    rulesVersion: z.number().int(),
  }),
);
export const claimsQueueExample: z.output<typeof claimsQueueAnswer> = [
  {
    claimId: 'c-101',
    memberId: 'm-002',
    benefit: 'sickness',
    eventDate: '2025-01-22',
    amount: '100.00',
    approverIds: ['somchai'],
    rulesVersion: 1,
  },
];

export const threePartyAnswer = z.object({
  fiscalYear: z.number().int().describe('Buddhist Era fiscal year (October to September)'),
  memberContributions: baht,
  rows: z.array(z.object({ source: z.string(), targetPercent: z.number(), expected: baht, received: baht, gap: baht })),
});
export const threePartyExample: z.output<typeof threePartyAnswer> = {
  fiscalYear: 2568,
  memberContributions: '2160.00',
  rows: [{ source: 'local-government', targetPercent: 100, expected: '2160.00', received: '1000.00', gap: '1160.00' }],
};

const page = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last') });

export const fundsPageAnswer = page(
  z.object({ fundId: z.string(), name: z.string(), areaCode: z.string(), foundedOn: isoDate, members: counts, balance: baht }),
);
export const fundsPageExample: z.output<typeof fundsPageAnswer> = {
  items: [
    {
      fundId: 'phuket-talat-yai',
      name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
      areaCode: '830101',
      foundedOn: '2024-01-05',
      members: { active: 6 },
      balance: '2460.00',
    },
  ],
  nextCursor: null,
};

export const membersPageAnswer = page(
  z.object({
    memberId: z.string(),
    status: z.string().optional(),
    planId: z.string(),
    enrolledOn: isoDate,
    paidThrough: z.string().nullable().optional(),
    missedMonths: z.number().int(),
  }),
);
export const membersPageExample: z.output<typeof membersPageAnswer> = {
  items: [{ memberId: 'm-001', status: 'active', planId: 'baht-a-day', enrolledOn: '2024-02-01', paidThrough: '2025-01', missedMonths: 0 }],
  nextCursor: 'm-001',
};

const person = { name: z.string(), phone: z.string().nullable() };
export const personalDataAnswer = z.object({
  memberId: z.string(),
  personalDataRef: z.string(),
  ...person,
  citizenId: z.string().describe('1-1017-00230-70-8, or 1-xxxx-xxxxx-xx-8 for an auditor'),
  beneficiary: z.object({ ...person, citizenId: z.string().nullable(), relationship: z.string() }),
  citizenIdMasked: z.boolean(),
});
export const personalDataExample: z.output<typeof personalDataAnswer> = {
  memberId: 'm-006',
  personalDataRef: 'pd-m-006',
  name: 'นางสมศรี มีสุข',
  phone: '081-234-5606',
  citizenId: '1-1017-00230-70-8',
  beneficiary: { name: 'เด็กชายก้อง มีสุข', phone: null, citizenId: null, relationship: 'บุตร' },
  citizenIdMasked: false,
};

export const payoutRecordAnswer = z.object({
  payoutId: z.string(),
  claimId: z.string(),
  memberId: z.string(),
  amount: baht,
  paidOn: isoDate,
  eventId: z
    .string()
    .describe('The welfare.payout.made event: the receipt is /#/payments/<eventId>, its evidence /api/audit/payments/<eventId>/evidence'),
  reversed: z.boolean(),
});
export const payoutRecordExample: z.output<typeof payoutRecordAnswer> = {
  payoutId: 'p-100',
  claimId: 'c-100',
  memberId: 'm-006',
  amount: '200.00',
  paidOn: '2025-12-10',
  eventId: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70',
  reversed: false,
};
