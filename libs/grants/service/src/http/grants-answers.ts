import { z } from 'zod/v4';

/** Baht as a decimal string with two places, e.g. "2000000.00": money is never a JSON number. */
const baht = z.string().regex(/^-?\d+\.\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().describe('UTC ISO-8601 with milliseconds');
const eventData = z.record(z.string(), z.unknown());

/** What every grants command answers: the events it recorded (a cut that returns to the budget adds the budget's event). */
export const recordedAnswer = z.strictObject({
  events: z.array(z.strictObject({ id: z.string(), type: z.string(), streamId: z.string(), streamRevision: z.string(), data: eventData })),
});
export const recordedExample = (type: string, streamId: string, data: Record<string, unknown>): z.output<typeof recordedAnswer> => ({
  events: [{ id: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70', type, streamId, streamRevision: '0', data }],
});

export const budgetAnswer = z.strictObject({
  programmeId: z.string(),
  fiscalYear: z.int().describe('Buddhist Era fiscal year'),
  programmeName: z.string(),
  funder: z.string(),
  areaCodes: z.array(z.string()),
  allocated: baht,
  allocatedWords: z.string().describe('The allocated amount in Thai words'),
  committed: baht,
  released: baht,
  spent: baht,
  refunded: baht,
  available: baht,
  allocations: z.array(
    z.strictObject({
      allocationId: z.string(),
      kind: z.string(),
      amount: baht,
      amountWords: z.string(),
      documentRef: z.string(),
      receivedOn: isoDate,
    }),
  ),
  projects: z.int().describe('Projects of this budget'),
});
export const budgetExample: z.output<typeof budgetAnswer> = {
  programmeId: 'codi-saraburi',
  fiscalYear: 2566,
  programmeName: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
  funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
  areaCodes: ['19'],
  allocated: '6749210.00',
  allocatedWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
  committed: '1000000.00',
  released: '400000.00',
  spent: '39000.00',
  refunded: '0.00',
  available: '5749210.00',
  allocations: [
    {
      allocationId: 'al-2566-1',
      kind: 'allocation',
      amount: '6749210.00',
      amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
      documentRef: 'พอช. ภกต. 0123/2566',
      receivedOn: '2022-11-01',
    },
  ],
  projects: 1,
};

const projectStatus = z.enum(['Proposed', 'UnderReview', 'Rejected', 'Active', 'Cancelled', 'Closed']);

export const projectsPageAnswer = z.strictObject({
  items: z.array(
    z.strictObject({
      projectId: z.string(),
      programmeId: z.string(),
      fiscalYear: z.int(),
      organisationId: z.string(),
      organisationName: z.string(),
      title: z.string(),
      areaCode: z.string(),
      status: projectStatus,
      requested: baht,
      awarded: baht,
      released: baht,
      spent: baht,
      refunded: baht,
      tranchesReleased: z.int(),
      reportsPending: z.int(),
    }),
  ),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last'),
});
export const projectsPageExample: z.output<typeof projectsPageAnswer> = {
  items: [
    {
      projectId: 'sb-2566-01',
      programmeId: 'codi-saraburi',
      fiscalYear: 2566,
      organisationId: 'org-nong-khae',
      organisationName: 'สภาองค์กรชุมชนตำบลหนองแค',
      title: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อย ตำบลหนองแค',
      areaCode: '190301',
      status: 'Active',
      requested: '1000000.00',
      awarded: '1000000.00',
      released: '400000.00',
      spent: '39000.00',
      refunded: '0.00',
      tranchesReleased: 1,
      reportsPending: 0,
    },
  ],
  nextCursor: null,
};

export const projectAnswer = z.strictObject({
  projectId: z.string(),
  programmeId: z.string(),
  fiscalYear: z.int(),
  organisationId: z.string(),
  areaCode: z.string(),
  status: projectStatus,
  requested: baht,
  award: z
    .strictObject({
      awardId: z.string(),
      amount: baht,
      amountWords: z.string(),
      approverId: z.string(),
      endDate: isoDate,
      ruleVersion: z.int(),
      tranches: z.array(
        z.strictObject({ number: z.int(), percent: z.number(), amount: baht, plannedOn: isoDate.nullable(), released: z.boolean() }),
      ),
    })
    .nullable(),
  reports: z.array(
    z.strictObject({
      reportId: z.string(),
      trancheNumber: z.int(),
      kind: z.enum(['progress', 'expense']),
      total: baht,
      status: z.enum(['pending', 'accepted', 'queried']),
    }),
  ),
  refunded: baht,
  unspent: baht,
  timeline: z.array(
    z.strictObject({
      type: z.string(),
      streamRevision: z.string(),
      recordedAt: instant,
      actor: z.strictObject({ userId: z.string(), role: z.string() }),
      data: eventData,
    }),
  ),
});
export const projectExample: z.output<typeof projectAnswer> = {
  projectId: 'sb-2566-01',
  programmeId: 'codi-saraburi',
  fiscalYear: 2566,
  organisationId: 'org-nong-khae',
  areaCode: '190301',
  status: 'Active',
  requested: '1000000.00',
  award: {
    awardId: 'aw-sb-2566-01',
    amount: '1000000.00',
    amountWords: 'หนึ่งล้านบาทถ้วน',
    approverId: 'director-central',
    endDate: '2023-09-30',
    ruleVersion: 1,
    tranches: [
      { number: 1, percent: 40, amount: '400000.00', plannedOn: '2023-02-01', released: true },
      { number: 2, percent: 40, amount: '400000.00', plannedOn: '2023-05-01', released: false },
      { number: 3, percent: 20, amount: '200000.00', plannedOn: '2023-08-01', released: false },
    ],
  },
  reports: [{ reportId: 'rp-sb-2566-01-1e', trancheNumber: 1, kind: 'expense', total: '39000.00', status: 'accepted' }],
  refunded: '0.00',
  unspent: '361000.00',
  timeline: [
    {
      type: 'grants.proposal.submitted',
      streamRevision: '0',
      recordedAt: '2023-01-05T03:00:00.000Z',
      actor: { userId: 'sb-officer', role: 'grants-officer' },
      data: { projectId: 'sb-2566-01', programmeId: 'codi-saraburi', requestedAmount: '1000000.00' },
    },
  ],
};
