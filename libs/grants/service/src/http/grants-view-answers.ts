import { z } from 'zod/v4';

const baht = z.string().regex(/^-?\d+\.\d{2}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cursor = z.string().nullable().describe('Pass as `cursor` for the next page; null on the last');

export const reportsDueAnswer = z.strictObject({
  asOf: isoDate.describe('The day overdue is judged on'),
  items: z.array(
    z.strictObject({
      projectId: z.string(),
      programmeId: z.string(),
      fiscalYear: z.int(),
      organisationId: z.string(),
      organisationName: z.string(),
      title: z.string(),
      areaCode: z.string(),
      trancheNumber: z.int().describe('The paid tranche the report accounts for'),
      kind: z.string().describe('progress or expense'),
      dueOn: isoDate.describe("The next tranche's planned date, or the agreement's end date after the last tranche"),
      status: z.enum(['awaited', 'submitted']).describe('submitted: a report of this kind awaits the officer’s decision'),
      submittedReportIds: z.array(z.string()),
      overdue: z.boolean().describe('Due before asOf and still awaited'),
    }),
  ),
  nextCursor: cursor,
});
export const reportsDueExample: z.output<typeof reportsDueAnswer> = {
  asOf: '2023-05-10',
  items: [
    {
      projectId: 'sb-2566-04',
      programmeId: 'codi-saraburi',
      fiscalYear: 2566,
      organisationId: 'org-kaeng-khoi',
      organisationName: 'เครือข่ายองค์กรชุมชนอำเภอแก่งคอย',
      title: 'ธนาคารข้าวชุมชน',
      areaCode: '190201',
      trancheNumber: 1,
      kind: 'expense',
      dueOn: '2023-05-01',
      status: 'awaited',
      submittedReportIds: [],
      overdue: true,
    },
  ],
  nextCursor: null,
};

const awardHeld = z.strictObject({
  organisationId: z.string(),
  projectId: z.string(),
  programmeId: z.string(),
  fiscalYear: z.int(),
  title: z.string(),
  areaCode: z.string(),
  awardId: z.string(),
  amount: baht,
  decidedOn: isoDate,
  endDate: isoDate,
  status: z.enum(['Active', 'Cancelled', 'Closed']),
  released: baht,
  refunded: baht,
});
export const organisationAnswer = z.strictObject({
  organisationId: z.string(),
  name: z.string(),
  type: z.string(),
  areaCode: z.string(),
  awards: z.array(awardHeld).describe('Every award the organisation holds that the reader may see'),
});
export const organisationExample: z.output<typeof organisationAnswer> = {
  organisationId: 'org-nong-khae',
  name: 'สภาองค์กรชุมชนตำบลหนองแค',
  type: 'community-council',
  areaCode: '190301',
  awards: [
    {
      organisationId: 'org-nong-khae',
      projectId: 'sb-2566-01',
      programmeId: 'codi-saraburi',
      fiscalYear: 2566,
      title: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อย ตำบลหนองแค',
      areaCode: '190301',
      awardId: 'aw-sb-2566-01',
      amount: '1000000.00',
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
      status: 'Active',
      released: '400000.00',
      refunded: '0.00',
    },
  ],
};
export const organisationsPageAnswer = z.strictObject({ items: z.array(organisationAnswer), nextCursor: cursor });
export const organisationsPageExample: z.output<typeof organisationsPageAnswer> = { items: [organisationExample], nextCursor: null };

export const contactsAnswer = z.strictObject({
  organisationId: z.string(),
  contacts: z.array(
    z.strictObject({
      personalDataRef: z.string(),
      role: z.string(),
      kept: z.boolean().describe('false: the contact was given by reference only, and is kept elsewhere'),
      name: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
});
export const contactsExample: z.output<typeof contactsAnswer> = {
  organisationId: 'org-nong-khae',
  contacts: [
    {
      personalDataRef: 'contact-0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70',
      role: 'ประธานสภาองค์กรชุมชน',
      kept: true,
      name: 'นางสาวสมใจ ใจดี',
      phone: '081-234-5678',
    },
  ],
};
