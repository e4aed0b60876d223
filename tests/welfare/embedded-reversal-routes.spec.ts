import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

/** Reversing mistaken money records over HTTP: the views follow, refusals answer their 4xx code. */
describe('reversal routes (embedded)', () => {
  const fundId = 'reversal-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  const reversal = (reversalId: string) => ({ reversalId, reason: 'บันทึกผิดรายการ', reversedOn: '2024-06-01' });

  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-1', 1)).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 3,
        amount: '90.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      })
      .expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-2',
        memberId: 'm-1',
        months: 3,
        amount: '90.00',
        receivedOn: '2024-03-01',
        receiptRef: 'r-2',
      })
      .expect(201);
    await fund
      .post(`/${fundId}/matching-funds`, 'treasurer', {
        matchingId: 'mt-1',
        source: 'codi',
        sourceName: 'พอช.',
        fiscalYear: 2567,
        amount: '1000.00',
        receivedOn: '2024-03-01',
        documentRef: 'd-1',
      })
      .expect(201);
    await fund
      .post(`/${fundId}/admin-spending`, 'treasurer', {
        spendingId: 'ad-1',
        amount: '100.00',
        purpose: 'ค่าเครื่องเขียน',
        spentOn: '2024-03-02',
        documentRef: 'b-1',
      })
      .expect(201);
  });
  afterAll(() => fund.close());

  const overview = async () => (await fund.get(`/${fundId}`, 'auditor').expect(200)).body;

  it("a contribution reversal takes the money back and the member's paid months with it", async () => {
    expect(await overview()).toMatchObject({
      receivedBySource: { members: '190.00', codi: '1000.00' },
      adminSpent: '100.00',
      balance: '1090.00',
    });
    const response = await fund.post(`/${fundId}/members/m-1/contributions/ct-2/reversal`, 'treasurer', reversal('rv-ct-2')).expect(201);
    expect(response.body.events).toEqual([
      expect.objectContaining({
        type: 'welfare.contribution.reversed',
        data: expect.objectContaining({ contributionId: 'ct-2', amount: '90.00', paidThrough: '2024-04' }),
      }),
    ]);
    expect(await overview()).toMatchObject({ receivedBySource: { members: '100.00' }, balance: '1000.00' });
    expect((await fund.get(`/${fundId}/members/m-1/statement`, 'treasurer').expect(200)).body).toMatchObject({
      paidThrough: '2024-04',
      contributions: 1,
    });
  });

  it('administration spending and matching money are reversed by name, and the books follow', async () => {
    await fund.post(`/${fundId}/admin-spending/ad-1/reversal`, 'chair', reversal('rv-ad-1')).expect(201);
    expect(await overview()).toMatchObject({ adminSpent: '0.00', balance: '1100.00' });
    await fund.post(`/${fundId}/matching-funds/mt-1/reversal`, 'treasurer', reversal('rv-mt-1')).expect(201);
    expect(await overview()).toMatchObject({ receivedBySource: { codi: '0.00' }, balance: '100.00' });
    const threeParty = (await fund.get(`/${fundId}/three-party?fiscalYear=2567`, 'auditor').expect(200)).body;
    expect(threeParty.rows).toContainEqual(expect.objectContaining({ source: 'codi', received: '0.00' }));
  });

  it.each([
    ['a contribution reversed twice', 'treasurer', '/members/m-1/contributions/ct-2/reversal', 409, 'contribution.already-reversed'],
    ['matching money reversed twice', 'treasurer', '/matching-funds/mt-1/reversal', 409, 'matching-funds.already-reversed'],
    ['a contribution never recorded', 'treasurer', '/members/m-1/contributions/ct-9/reversal', 404, 'contribution.not-found'],
    ['an auditor reversing (role)', 'auditor', '/admin-spending/ad-1/reversal', 403, 'auth.forbidden'],
    ['a treasurer of another fund (scope)', 'outsider', '/members/m-1/contributions/ct-1/reversal', 403, 'auth.out-of-scope'],
  ])('refuses %s, and writes nothing', async (_name, as, path, status, code) => {
    const before = (await fund.stream()).length;
    const response = await fund.post(`/${fundId}${path}`, as, reversal('rv-again'));
    expect([response.status, response.body.code]).toEqual([status, code]);
    expect((await fund.stream()).length).toBe(before);
  });
});
