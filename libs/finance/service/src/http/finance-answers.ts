import { z } from 'zod/v4';
import { GROUP_BY } from '@kongthun/finance-model';

/** Baht as a decimal string with two places, e.g. "539936.80": money is never a JSON number. */
const baht = z.string().regex(/^-?\d+\.\d{2}$/);
const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

const totals = z.object({
  moneyIn: baht,
  moneyInBySource: z.record(z.string(), baht).describe('Money in by source: member-contribution, joining-fee, matching, …'),
  committed: baht,
  disbursed: baht,
  reversed: baht,
  refunded: baht,
  netMoneyIn: baht,
  netCommitted: baht,
  netDisbursed: baht,
});

export const totalsAnswer = z.object({
  groupBy: z.array(z.enum(GROUP_BY)),
  groups: z.array(
    z.object({
      key: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).describe('The value of each dimension asked, by name'),
      totals,
    }),
  ),
});
export const totalsExample: z.output<typeof totalsAnswer> = {
  groupBy: ['province', 'programme', 'fiscalYear'],
  groups: [
    {
      key: { province: '19', programme: 'grants', fiscalYear: 2566 },
      totals: {
        moneyIn: '6749210.00',
        moneyInBySource: {
          'member-contribution': '0.00',
          'joining-fee': '0.00',
          matching: '0.00',
          'budget-allocation': '6749210.00',
          donation: '0.00',
          other: '0.00',
        },
        committed: '6749210.00',
        disbursed: '2699684.00',
        reversed: '0.00',
        refunded: '0.00',
        netMoneyIn: '6749210.00',
        netCommitted: '6749210.00',
        netDisbursed: '2699684.00',
      },
    },
  ],
};

export const disbursementsPageAnswer = z.object({
  items: z.array(
    z.object({
      messageId: z.string(),
      programme: z.string(),
      unitId: z.string(),
      unitName: z.string().nullable(),
      disbursementId: z.string(),
      commitmentId: z.string().nullable(),
      kind: z.string(),
      purpose: z.string(),
      method: z.string(),
      paidOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .describe('YYYY-MM-DD (CE)'),
      fiscalYear: z.number().int().describe('Buddhist Era fiscal year'),
      areaCode: z.string(),
      recipientRef: z.string().nullable(),
      amount: baht,
    }),
  ),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});
export const disbursementsPageExample: z.output<typeof disbursementsPageAnswer> = {
  items: [
    {
      messageId: '7d1c3f52-9a0e-8b41-a2f3-5c6d7e8f9a0b',
      programme: 'grants',
      unitId: 'codi-2566-sb-01',
      unitName: 'โครงการบ้านมั่นคงชนบท ตำบลปากเพรียว',
      disbursementId: 'tranche-1',
      commitmentId: 'award-1',
      kind: 'grant-tranche',
      purpose: 'tranche',
      method: 'bank-transfer',
      paidOn: '2023-03-20',
      fiscalYear: 2566,
      areaCode: '190101',
      recipientRef: 'org-pak-phriao',
      amount: '539936.80',
    },
  ],
  nextCursor: '1842',
};

export const apiKeyAnswer = z.object({
  keyId: z.string(),
  name: z.string(),
  area: z.string().describe('A province (2 digits) or district (4 digits)'),
  createdBy: z.string(),
  createdAt: isoInstant,
  revokedAt: isoInstant.nullable(),
  lastUsedAt: isoInstant.nullable(),
});
const keyExample: z.output<typeof apiKeyAnswer> = {
  keyId: '5f0c2a9d1e7b3c44',
  name: 'ระบบบัญชี สำนักงานคลังจังหวัดสระบุรี',
  area: '19',
  createdBy: 'admin-1',
  createdAt: '2026-01-15T03:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-01-16T02:10:41.000Z',
};
export const revokedApiKeyExample: z.output<typeof apiKeyAnswer> = { ...keyExample, revokedAt: '2026-02-01T08:00:00.000Z' };

export const createdApiKeyAnswer = apiKeyAnswer.extend({
  key: z.string().describe('The key, shown in this answer only: send it as x-api-key or Authorization: ApiKey <key>'),
});
export const createdApiKeyExample: z.output<typeof createdApiKeyAnswer> = {
  ...keyExample,
  lastUsedAt: null,
  key: 'ktf_5f0c2a9d1e7b3c44_q3V8…(43 characters)',
};

export const apiKeysAnswer = z.object({ keys: z.array(apiKeyAnswer) });
export const apiKeysExample: z.output<typeof apiKeysAnswer> = { keys: [keyExample] };
