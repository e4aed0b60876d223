import { z } from 'zod/v4';
import { grantsAnswers, grantsViewAnswers } from '@kongthun/grants-service';
import { PROGRAMME, RULES, receiptSha, startEmbeddedGrants } from '../grants/embedded-grants-fixture';

/**
 * The grants routes answer what the OpenAPI document says: each real body, taken through a
 * project's whole life, parses under its route's documented schema with nothing left over.
 */
describe('grants commands and views answer what the document says', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedGrants>>;
  beforeAll(async () => {
    host = await startEmbeddedGrants();
  });
  afterAll(() => host?.close());

  const fits = async (schema: z.ZodType, call: PromiseLike<{ status: number; body: unknown }>, status = 201) => {
    const answer = await call;
    expect(answer.status).toBe(status);
    const parsed = schema.safeParse(answer.body);
    expect(parsed.success ? 'fits' : parsed.error.message).toBe('fits');
    // The schemas are strict (an unnamed field fails); the equality also catches a default or transform filling in.
    expect(parsed.data).toEqual(answer.body);
    return answer.body as { events: { type: string }[] };
  };
  const recorded = grantsAnswers.recordedAnswer;

  it('programmes, budgets and organisations', async () => {
    const { post } = host;
    await fits(
      recorded,
      post('/programmes', 'admin', { programmeId: 'codi-lopburi', name: 'ลพบุรี', funder: 'พอช.', areaCodes: ['16'], rules: RULES }),
    );
    await fits(recorded, post(`/programmes/${PROGRAMME}/rules`, 'admin', { rules: { ...RULES, version: 2, effectiveFrom: '2023-10-01' } }));
    await fits(recorded, post(`/programmes/${PROGRAMME}/budgets`, 'officer', { fiscalYear: 2567, openedOn: '2023-10-01' }));
    await fits(
      recorded,
      post(`/programmes/${PROGRAMME}/budgets/2567/allocations`, 'officer', {
        allocationId: 'al-2567',
        kind: 'allocation',
        amount: '100.00',
        amountWords: 'หนึ่งร้อยบาทถ้วน',
        documentRef: 'พอช. 0001/2567',
        receivedOn: '2023-11-01',
      }),
    );
    await fits(
      recorded,
      post('/organisations', 'officer', {
        organisationId: 'org-sao-hai',
        name: 'สภาองค์กรชุมชนตำบลเสาไห้',
        type: 'community-council',
        areaCode: '190601',
        bankAccount: '987-6-54321-0',
        representativeCitizenId: '1101700230708',
        contacts: [{ personalDataRef: 'pd-org-2', role: 'ประธาน' }],
      }),
    );
  });

  it('a project from proposal to close-out, and the views of it', async () => {
    const { post, get } = host;
    const project = '/projects/oa-001';
    await fits(recorded, post('/projects', 'officer', host.proposal('oa-001')));
    await fits(recorded, post(`${project}/relations`, 'officer', { userId: 'kanya', relationship: 'ญาติของประธาน' }));
    await fits(recorded, post(`${project}/review`, 'officer', { reviewerIds: ['rattana', 'somsak', 'wilai'] }));
    for (const reviewer of ['rattana', 'somsak', 'wilai'])
      await fits(recorded, post(`${project}/reviews`, reviewer, { score: 80, recommendation: 'fund' }));
    await fits(
      recorded,
      post(`${project}/award`, 'director', {
        awardId: 'aw-oa-001',
        amount: '1,000,000.00',
        amountWords: 'หนึ่งล้านบาทถ้วน',
        conditions: ['รายงานก่อนเบิกงวดถัดไป'],
        decidedOn: '2023-01-10',
        endDate: '2023-09-30',
      }),
    );
    await fits(
      recorded,
      post(`${project}/tranches`, 'officer', { trancheNumber: 1, paidOn: '2023-02-01', method: 'cheque', reference: 'c-1' }),
    );
    await fits(recorded, post(`${project}/reports`, 'officer', { reportId: 'p-1', trancheNumber: 1, kind: 'progress', summary: 'ซ่อมแล้ว' }));
    const line = { category: 'materials', description: 'ปูน', amount: '1,000.00', receiptRef: 'rc-1', receiptSha256: receiptSha('rc-1') };
    await fits(
      recorded,
      post(`${project}/reports`, 'officer', { reportId: 'e-1', trancheNumber: 1, kind: 'expense', summary: 'วัสดุ', lines: [line] }),
    );
    await fits(recorded, post(`${project}/reports/p-1/acceptance`, 'officer'));
    await fits(recorded, post(`${project}/reports/e-1/query`, 'officer', { question: 'ใบเสร็จไม่มีลายมือชื่อ' }));
    const amended = await fits(
      recorded,
      post(`${project}/amendments`, 'officer', {
        amendmentId: 'am-1',
        kind: 'reduce',
        newAmount: '400,000.00',
        reason: 'ลดเป้าหมาย',
        documentRef: 'มติ 1/2566',
      }),
    );
    expect(amended.events.map((event) => event.type)).toEqual(['grants.agreement.amended', 'grants.budget.returned']);

    await fits(grantsAnswers.projectAnswer, get(project, 'auditor'), 200);
    await fits(grantsAnswers.budgetAnswer, get(`/programmes/${PROGRAMME}/budgets/2566`, 'officer'), 200);
    await fits(grantsAnswers.projectsPageAnswer, get(`/programmes/${PROGRAMME}/projects?limit=1`, 'officer'), 200);
    await fits(grantsViewAnswers.reportsDueAnswer, get(`/programmes/${PROGRAMME}/reports-due?asOf=2024-01-01`, 'officer'), 200);
    const held = (await fits(grantsViewAnswers.organisationAnswer, get('/organisations/org-nong-khae', 'auditor'), 200)) as unknown as {
      awards: unknown[];
    };
    expect(held.awards.length).toBeGreaterThan(0);
    await fits(grantsViewAnswers.organisationsPageAnswer, get('/organisations?limit=1', 'officer'), 200);
    await fits(grantsViewAnswers.contactsAnswer, get('/organisations/org-nong-khae/contacts?reason=openapi-check', 'officer'), 200);

    await fits(
      recorded,
      post(`${project}/refunds`, 'officer', { refundId: 'rf-1', amount: '400,000.00', receivedOn: '2023-09-20', documentRef: 'ใบนำส่ง 1' }),
    );
    await fits(recorded, post(`${project}/close-out`, 'officer'));
    await fits(recorded, post('/projects', 'officer', host.proposal('oa-002')));
    await fits(recorded, post('/projects/oa-002/rejection', 'officer', { reason: 'ซ้ำซ้อน' }));
  });
});
