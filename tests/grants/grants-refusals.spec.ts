import request from 'supertest';
import { TokenIssuer } from '@kongthun/http';
import { PROGRAMME, receiptSha, RULES, startEmbeddedGrants } from './embedded-grants-fixture';

type Host = Awaited<ReturnType<typeof startEmbeddedGrants>>;

const expense = (reportId: string, trancheNumber: number, amount: string, receipt: string) => ({
  reportId,
  trancheNumber,
  kind: 'expense',
  summary: 'ค่าใช้จ่าย',
  lines: [{ category: 'materials', description: 'วัสดุ', amount, receiptRef: receipt, receiptSha256: receiptSha(receipt) }],
});

/** Each refusal: who asks what, the status and code answered; and every one of them writes nothing. */
const REFUSALS: [string, string, string, (host: Host) => object | undefined, number, string][] = [
  ['a body with an unknown field', 'officer', '/projects', (h) => ({ ...h.proposal('x-1'), extra: 1 }), 400, 'request.unknown-fields'],
  ['no token', '', '/projects', (h) => h.proposal('x-1'), 401, 'auth.missing-token'],
  ['a welfare treasurer', 'treasurer', '/projects', (h) => h.proposal('x-1'), 403, 'auth.forbidden'],
  ['an officer of another province', 'phuketOfficer', '/projects', (h) => h.proposal('x-1'), 403, 'auth.out-of-scope'],
  [
    'a programme registered twice',
    'admin',
    '/programmes',
    () => ({ programmeId: PROGRAMME, name: 'x', funder: 'x', areaCodes: ['19'], rules: RULES }),
    409,
    'programme.already-registered',
  ],
  [
    'tranches not summing to 100',
    'admin',
    '/programmes',
    () => ({ programmeId: 'p2', name: 'x', funder: 'x', areaCodes: ['19'], rules: { ...RULES, trancheSplitPercent: [50, 40] } }),
    422,
    'rules.tranche-split-invalid',
  ],
  [
    'an allocation whose words disagree',
    'officer',
    `/programmes/${PROGRAMME}/budgets/2566/allocations`,
    () => ({
      allocationId: 'al-2',
      kind: 'increase',
      amount: '380,000.00',
      amountWords: 'สามล้านแปดแสนบาทถ้วน',
      documentRef: 'd',
      receivedOn: '2023-01-01',
    }),
    422,
    'budget.amount-words-mismatch',
  ],
  [
    'an allocation outside the fiscal year',
    'officer',
    `/programmes/${PROGRAMME}/budgets/2566/allocations`,
    () => ({
      allocationId: 'al-2',
      kind: 'increase',
      amount: '1.00',
      amountWords: 'หนึ่งบาทถ้วน',
      documentRef: 'd',
      receivedOn: '2023-10-01',
    }),
    422,
    'budget.outside-fiscal-year',
  ],
  ['a budget year not opened', 'officer', '/projects', (h) => ({ ...h.proposal('x-1'), fiscalYear: 2567 }), 404, 'budget.not-found'],
  [
    'an unknown organisation',
    'officer',
    '/projects',
    (h) => ({ ...h.proposal('x-1'), organisationId: 'nobody' }),
    404,
    'organisation.not-found',
  ],
  [
    'budget lines not summing to the request',
    'officer',
    '/projects',
    (h) => ({ ...h.proposal('x-1'), requestedAmount: '2,000.00', requestedAmountWords: 'สองพันบาทถ้วน' }),
    422,
    'proposal.lines-mismatch',
  ],
  ['a proposal id used twice', 'officer', '/projects', (h) => h.proposal('rf-p'), 409, 'proposal.duplicate'],
  ['a panel below quorum', 'officer', '/projects/rf-p/review', () => ({ reviewerIds: ['rattana'] }), 422, 'review.panel-below-quorum'],
  [
    'a related reviewer',
    'officer',
    '/projects/rf-rel/review',
    () => ({ reviewerIds: ['rattana', 'somsak', 'wilai'] }),
    422,
    'review.conflict-of-interest',
  ],
  [
    'a score by someone off the panel',
    'director',
    '/projects/rf-r/reviews',
    () => ({ score: 90, recommendation: 'fund' }),
    422,
    'review.not-a-reviewer',
  ],
  [
    'an award before quorum',
    'director',
    '/projects/rf-r/award',
    () => ({
      awardId: 'aw',
      amount: '100.00',
      amountWords: 'หนึ่งร้อยบาทถ้วน',
      conditions: [],
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
    }),
    422,
    'award.quorum-not-reached',
  ],
  [
    'an award over the approver tier',
    'director',
    '/projects/rf-big/award',
    () => ({
      awardId: 'aw',
      amount: '2,500,000.00',
      amountWords: 'สองล้านห้าแสนบาทถ้วน',
      conditions: [],
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
    }),
    422,
    'award.approver-tier-too-low',
  ],
  [
    'an award over what the budget has left',
    'board',
    '/projects/rf-big/award',
    () => ({
      awardId: 'aw',
      amount: '6,000,000.00',
      amountWords: 'หกล้านบาทถ้วน',
      conditions: [],
      decidedOn: '2023-01-10',
      endDate: '2023-09-30',
    }),
    422,
    'budget.over-committed',
  ],
  [
    'a tranche out of order',
    'officer',
    '/projects/rf-1/tranches',
    () => ({ trancheNumber: 3, paidOn: '2023-05-01', method: 'bank-transfer', reference: 'r' }),
    422,
    'tranche.out-of-order',
  ],
  [
    'a tranche without accepted reports',
    'officer',
    '/projects/rf-1/tranches',
    () => ({ trancheNumber: 2, paidOn: '2023-05-01', method: 'bank-transfer', reference: 'r' }),
    422,
    'tranche.conditions-not-met',
  ],
  [
    'a tranche of a project not awarded',
    'officer',
    '/projects/rf-p/tranches',
    () => ({ trancheNumber: 1, paidOn: '2023-05-01', method: 'bank-transfer', reference: 'r' }),
    422,
    'tranche.project-not-active',
  ],
  [
    'spending beyond what was released',
    'officer',
    '/projects/rf-1/reports',
    () => expense('r-x', 1, '400,000.01', 'rc-x'),
    422,
    'report.spending-beyond-released',
  ],
  [
    'one receipt claimed twice',
    'officer',
    '/projects/rf-1/reports',
    () => expense('r-y', 1, '1.00', 'rc-1'),
    422,
    'report.receipt-claimed-twice',
  ],
  [
    'a report on an unpaid tranche',
    'officer',
    '/projects/rf-1/reports',
    () => expense('r-z', 2, '1.00', 'rc-z'),
    422,
    'report.tranche-not-released',
  ],
  ['accepting an unknown report', 'officer', '/projects/rf-1/reports/nope/acceptance', () => undefined, 404, 'report.not-found'],
  [
    'a reduction below what was paid',
    'officer',
    '/projects/rf-1/amendments',
    () => ({ amendmentId: 'am', kind: 'reduce', newAmount: '100.00', reason: 'x', documentRef: 'd' }),
    422,
    'amendment.below-released',
  ],
  [
    'a refund beyond what is unspent',
    'officer',
    '/projects/rf-1/refunds',
    () => ({ refundId: 'rf', amount: '380,000.01', receivedOn: '2023-09-01', documentRef: 'd' }),
    422,
    'refund.beyond-unspent',
  ],
  ['a close-out with money unrefunded', 'officer', '/projects/rf-1/close-out', () => undefined, 422, 'closeout.unspent-not-refunded'],
  ['an unknown project', 'officer', '/projects/nope/close-out', () => undefined, 404, 'project.not-found'],
];

describe('every grants refusal through the embedded API answers {code, message, messageTh} and writes nothing', () => {
  let host: Host;
  beforeAll(async () => {
    host = await startEmbeddedGrants();
    const { post } = host;
    await post('/projects', 'officer', host.proposal('rf-p')).expect(201);
    await post('/projects', 'officer', host.proposal('rf-rel')).expect(201);
    await post('/projects/rf-rel/relations', 'rattana', { userId: 'rattana', relationship: 'พี่สาวของประธาน' }).expect(201);
    await post('/projects', 'officer', host.proposal('rf-r')).expect(201);
    await post('/projects/rf-r/review', 'officer', { reviewerIds: ['rattana', 'somsak', 'wilai'] }).expect(201);
    await host.awarded('rf-1');
    await post('/projects/rf-1/tranches', 'officer', {
      trancheNumber: 1,
      paidOn: '2023-02-01',
      method: 'bank-transfer',
      reference: 'k1',
    }).expect(201);
    await post('/projects/rf-1/reports', 'officer', expense('r-1', 1, '20,000.00', 'rc-1')).expect(201);
    await post('/projects/rf-1/reports/r-1/acceptance', 'officer').expect(201);
    await post('/projects', 'officer', host.proposal('rf-big', '6,000,000.00', 'หกล้านบาทถ้วน')).expect(201);
    await post('/projects/rf-big/review', 'officer', { reviewerIds: ['rattana', 'somsak', 'wilai'] }).expect(201);
    for (const reviewer of ['rattana', 'somsak', 'wilai'])
      await post('/projects/rf-big/reviews', reviewer, { score: 70, recommendation: 'fund' }).expect(201);
    host.tokens.board = `Bearer ${await host.app.get(TokenIssuer).issue({ userId: 'board', role: 'committee', scope: { programmes: [PROGRAMME] } })}`;
  });
  afterAll(() => host.close());

  it.each(REFUSALS)('%s is refused', async (_name, as, path, body, status, code) => {
    const before = await host.allEvents();
    const call =
      as === ''
        ? request(host.app.getHttpServer())
            .post(`/api/grants${path}`)
            .send(body(host) ?? {})
        : host.post(path, as, body(host) ?? {});
    const response = await call;
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.message).toEqual(expect.any(String));
    if (status !== 400) expect(response.body.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(await host.allEvents()).toBe(before);
  });
});
