import { PROGRAMME, receiptSha, startEmbeddedGrants } from './embedded-grants-fixture';

describe('a grant project through the embedded API, from proposal to close-out', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedGrants>>;
  beforeAll(async () => {
    host = await startEmbeddedGrants();
  });
  afterAll(() => host.close());

  it('proposed, reviewed, awarded 40/40/20, paid in tranches against accepted reports, reduced, refunded and closed', async () => {
    const { post, get } = host;
    await host.awarded('sb-001');
    let project = (await get('/projects/sb-001', 'officer').expect(200)).body;
    expect(project.status).toBe('Active');
    expect(project.award.tranches.map((t: { amount: string }) => t.amount)).toEqual(['400000.00', '400000.00', '200000.00']);

    await post('/projects/sb-001/tranches', 'officer', {
      trancheNumber: 1,
      paidOn: '2023-02-01',
      method: 'bank-transfer',
      reference: 'ktb-1',
    }).expect(201);
    await post('/projects/sb-001/reports', 'officer', {
      reportId: 'r-1p',
      trancheNumber: 1,
      kind: 'progress',
      summary: 'ซ่อมแล้ว 8 หลัง',
    }).expect(201);
    const expense = await post('/projects/sb-001/reports', 'officer', {
      reportId: 'r-1e',
      trancheNumber: 1,
      kind: 'expense',
      summary: 'ค่าวัสดุ',
      lines: [
        { category: 'materials', description: 'ปูน', amount: '390,000.00', receiptRef: 'rc-0456', receiptSha256: receiptSha('rc-0456') },
      ],
    }).expect(201);
    const [line] = expense.body.events[0].data.lines;
    expect(line.receiptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(line.receiptHash).not.toBe(receiptSha('rc-0456'));
    await post('/projects/sb-001/reports/r-1p/acceptance', 'officer').expect(201);
    await post('/projects/sb-001/reports/r-1e/acceptance', 'officer').expect(201);
    const second = await post('/projects/sb-001/tranches', 'officer', {
      trancheNumber: 2,
      paidOn: '2023-05-02',
      method: 'bank-transfer',
      reference: 'ktb-2',
    }).expect(201);
    expect(second.body.events[0].data.conditionsMet).toEqual(['r-1p', 'r-1e']);

    await post('/projects/sb-001/reports', 'officer', {
      reportId: 'r-2e',
      trancheNumber: 2,
      kind: 'expense',
      summary: 'ค่าแรง',
      lines: [
        { category: 'labour', description: 'ช่าง', amount: '400,000.00', receiptRef: 'rc-0500', receiptSha256: receiptSha('rc-0500') },
      ],
    }).expect(201);
    await post('/projects/sb-001/reports/r-2e/acceptance', 'officer').expect(201);
    const reduced = await post('/projects/sb-001/amendments', 'officer', {
      amendmentId: 'am-1',
      kind: 'reduce',
      newAmount: '800,000.00',
      reason: 'งานเสร็จก่อนกำหนด',
      documentRef: 'มติ 3/2566',
    }).expect(201);
    expect(reduced.body.events.map((e: { type: string }) => e.type)).toEqual(['grants.agreement.amended', 'grants.budget.returned']);
    await post('/projects/sb-001/refunds', 'officer', {
      refundId: 'rf-1',
      amount: '10,000.00',
      receivedOn: '2023-09-20',
      documentRef: 'ใบนำส่ง 45',
    }).expect(201);
    const closed = await post('/projects/sb-001/close-out', 'officer').expect(201);
    expect(closed.body.events.map((e: { type: string }) => e.type)).toEqual(['grants.project.closed']);

    project = (await get('/projects/sb-001', 'auditor').expect(200)).body;
    expect(project).toMatchObject({ status: 'Closed', refunded: '10000.00', unspent: '0.00' });
    expect(project.timeline.length).toBeGreaterThan(10);

    const account = (await get(`/programmes/${PROGRAMME}/budgets/2566`, 'officer').expect(200)).body;
    expect(account).toMatchObject({
      allocated: '6749210.00',
      committed: '800000.00',
      released: '800000.00',
      spent: '790000.00',
      refunded: '10000.00',
      available: '5949210.00',
      allocatedWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
    });
  });

  it("lists a programme's projects a page at a time, within the caller's scope", async () => {
    const { post, get } = host;
    for (const id of ['sb-002', 'sb-003']) await post('/projects', 'officer', host.proposal(id, '100.00', 'หนึ่งร้อยบาทถ้วน')).expect(201);
    const first = (await get(`/programmes/${PROGRAMME}/projects?limit=2&fiscalYear=2566`, 'officer').expect(200)).body;
    expect(first.items.map((p: { projectId: string }) => p.projectId)).toEqual(['sb-001', 'sb-002']);
    const next = (
      await get(`/programmes/${PROGRAMME}/projects?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, 'officer').expect(200)
    ).body;
    expect(next).toEqual({ items: [expect.objectContaining({ projectId: 'sb-003', status: 'Proposed' })], nextCursor: null });
    expect((await get(`/programmes/${PROGRAMME}/projects`, 'phuketOfficer').expect(200)).body.items).toEqual([]);
  });
});
