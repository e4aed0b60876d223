import { createHash } from 'node:crypto';
import request from 'supertest';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp } from '@kongthun/embedded';

export const PROGRAMME = 'codi-saraburi';
export const RULES = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [
    { tier: 'regional-office', upTo: '2000000.00', approverIds: ['director'] },
    { tier: 'codi-board', upTo: null, approverIds: ['board'] },
  ],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'],
  reviewQuorum: 3,
};

/** SHA-256 of a made-up scanned receipt, as a client computes it before upload. */
export const receiptSha = (name: string) => createHash('sha256').update(name).digest('hex');

/**
 * The embedded host with a CODI Saraburi programme, its 2566 budget of 6,749,210 baht, one
 * organisation, and tokens: a Saraburi grants officer, three reviewers, an approver, an auditor,
 * and outsiders.
 */
export const startEmbeddedGrants = async () => {
  const store = new InMemoryEventStore();
  const app = await createEmbeddedApp({
    store,
    publishers: [],
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
  });
  await app.init();
  const issuer = app.get(TokenIssuer);
  const committee = { programmes: [PROGRAMME] };
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'admin', role: 'admin', scope: {} },
    officer: { userId: 'sb-officer', role: 'grants-officer', scope: { areas: ['19'] } },
    rattana: { userId: 'rattana', role: 'committee', scope: committee },
    somsak: { userId: 'somsak', role: 'committee', scope: committee },
    wilai: { userId: 'wilai', role: 'committee', scope: committee },
    director: { userId: 'director', role: 'committee', scope: committee },
    auditor: { userId: 'auditor-saraburi', role: 'auditor', scope: { areas: ['19'] } },
    phuketOfficer: { userId: 'x', role: 'grants-officer', scope: { areas: ['83'] } },
    treasurer: { userId: 'malee', role: 'treasurer', scope: { funds: ['phuket-talat-yai'] } },
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  const post = (path: string, as: string, body: object = {}) =>
    request(app.getHttpServer()).post(`/api/grants${path}`).set('authorization', tokens[as]).send(body);
  const get = (path: string, as: string) => request(app.getHttpServer()).get(`/api/grants${path}`).set('authorization', tokens[as]);
  /** Every event in the store: a refusal must leave this unchanged. */
  const allEvents = async () => (await store.readAll({ maxCount: 100_000 })).length;

  await post('/programmes', 'admin', {
    programmeId: PROGRAMME,
    name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
    funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
    areaCodes: ['19'],
    rules: RULES,
  }).expect(201);
  await post(`/programmes/${PROGRAMME}/budgets`, 'officer', { fiscalYear: 2566, openedOn: '2022-10-01' }).expect(201);
  await post(`/programmes/${PROGRAMME}/budgets/2566/allocations`, 'officer', {
    allocationId: 'al-1',
    kind: 'allocation',
    amount: '6,749,210.00',
    amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
    documentRef: 'พอช. 0123/2566',
    receivedOn: '2022-11-01',
  }).expect(201);
  await post('/organisations', 'officer', {
    organisationId: 'org-nong-khae',
    name: 'สภาองค์กรชุมชนตำบลหนองแค',
    type: 'community-council',
    areaCode: '190301',
    bankAccount: '123-4-56789-0',
    representativeCitizenId: '1101700230708',
    contacts: [{ personalDataRef: 'pd-org-1', role: 'ประธาน' }],
  }).expect(201);

  const proposal = (projectId: string, amount = '1,000,000.00', words = 'หนึ่งล้านบาทถ้วน') => ({
    projectId,
    programmeId: PROGRAMME,
    fiscalYear: 2566,
    organisationId: 'org-nong-khae',
    title: 'ซ่อมแซมที่อยู่อาศัย',
    objectives: ['ซ่อมบ้าน 20 หลัง'],
    areaCode: '190301',
    budgetLines: [{ category: 'materials', description: 'วัสดุ', amount }],
    requestedAmount: amount,
    requestedAmountWords: words,
    plannedTranches: [
      { number: 1, plannedOn: '2023-02-01' },
      { number: 2, plannedOn: '2023-05-01' },
      { number: 3, plannedOn: '2023-08-01' },
    ],
    plannedEndOn: '2023-09-30',
    documentRefs: ['proposal.pdf'],
  });

  /** A proposal taken through review (three "fund" scores) to its award. */
  const awarded = async (projectId: string, amount = '1,000,000.00', words = 'หนึ่งล้านบาทถ้วน') => {
    await post('/projects', 'officer', proposal(projectId, amount, words)).expect(201);
    await post(`/projects/${projectId}/review`, 'officer', { reviewerIds: ['rattana', 'somsak', 'wilai'] }).expect(201);
    for (const reviewer of ['rattana', 'somsak', 'wilai'])
      await post(`/projects/${projectId}/reviews`, reviewer, { score: 80, recommendation: 'fund' }).expect(201);
    await post(`/projects/${projectId}/award`, 'director', {
      awardId: `aw-${projectId}`,
      amount,
      amountWords: words,
      conditions: ['รายงานก่อนเบิกงวดถัดไป'],
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
    }).expect(201);
  };

  return { app, store, tokens, post, get, allEvents, proposal, awarded, close: () => app.close() };
};
