import { PROGRAMME, startEmbeddedGrants } from './embedded-grants-fixture';

type Line = { projectId: string; trancheNumber: number; kind: string; dueOn: string; status: string; overdue: boolean };

describe('grants views through the embedded API: reports due and overdue, organisations with their awards', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedGrants>>;
  beforeAll(async () => {
    host = await startEmbeddedGrants();
    await host.awarded('sb-v1');
    await host
      .post('/projects/sb-v1/tranches', 'officer', { trancheNumber: 1, paidOn: '2023-02-01', method: 'bank-transfer', reference: 'ktb-v1' })
      .expect(201);
    await host
      .post('/projects/sb-v1/reports', 'officer', { reportId: 'r-v1p', trancheNumber: 1, kind: 'progress', summary: 'ซ่อมแล้ว 8 หลัง' })
      .expect(201);
  });
  afterAll(() => host.close());

  const reportsDue = (query: string, as = 'officer') => host.get(`/programmes/${PROGRAMME}/reports-due${query}`, as);
  const ours = (items: Line[]) =>
    items
      .filter((line) => line.projectId === 'sb-v1')
      .map(({ trancheNumber, kind, dueOn, status, overdue }) => ({ trancheNumber, kind, dueOn, status, overdue }));

  it("lists a paid tranche's reports, due on the next tranche's planned date; past it, the one not submitted is overdue", async () => {
    const { body } = await reportsDue('?asOf=2023-05-10').expect(200);
    expect(body.asOf).toBe('2023-05-10');
    expect(ours(body.items)).toEqual([
      { trancheNumber: 1, kind: 'expense', dueOn: '2023-05-01', status: 'awaited', overdue: true },
      { trancheNumber: 1, kind: 'progress', dueOn: '2023-05-01', status: 'submitted', overdue: false },
    ]);
    const before = (await reportsDue('?asOf=2023-04-30').expect(200)).body;
    expect(ours(before.items).map((line) => line.overdue)).toEqual([false, false]);
  });

  it('overdue=true lists only the overdue reports; an accepted report is owed no more', async () => {
    expect(ours((await reportsDue('?asOf=2023-05-10&overdue=true').expect(200)).body.items)).toEqual([
      { trancheNumber: 1, kind: 'expense', dueOn: '2023-05-01', status: 'awaited', overdue: true },
    ]);
    await host.post('/projects/sb-v1/reports/r-v1p/acceptance', 'officer').expect(201);
    expect(ours((await reportsDue('?asOf=2023-05-10').expect(200)).body.items).map((line) => line.kind)).toEqual(['expense']);
  });

  it('shows nothing outside the reader’s scope, refuses a malformed day, and is not for a fund treasurer', async () => {
    expect((await reportsDue('?asOf=2023-05-10', 'phuketOfficer').expect(200)).body.items).toEqual([]);
    expect((await reportsDue('?asOf=10/05/2566').expect(400)).body).toMatchObject({ code: 'request.invalid' });
    await reportsDue('', 'treasurer').expect(403);
  });

  it('an organisation with every award it holds: amount, what was released, status', async () => {
    const { body } = await host.get('/organisations/org-nong-khae', 'auditor').expect(200);
    expect(body).toMatchObject({
      organisationId: 'org-nong-khae',
      name: 'สภาองค์กรชุมชนตำบลหนองแค',
      type: 'community-council',
      areaCode: '190301',
    });
    expect(body.awards).toEqual([
      expect.objectContaining({ projectId: 'sb-v1', awardId: 'aw-sb-v1', amount: '1000000.00', released: '400000.00', status: 'Active' }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Hash|contacts|personalDataRef/);
    const page = (await host.get('/organisations?limit=10', 'officer').expect(200)).body;
    expect(page.items.map((o: { organisationId: string }) => o.organisationId)).toEqual(['org-nong-khae']);
    expect(page.nextCursor).toBeNull();
  });

  it('an organisation outside the reader’s areas and programmes is unknown to them', async () => {
    expect((await host.get('/organisations/org-nong-khae', 'phuketOfficer').expect(404)).body).toMatchObject({
      code: 'organisation.not-found',
    });
    expect((await host.get('/organisations', 'phuketOfficer').expect(200)).body.items).toEqual([]);
  });
});
