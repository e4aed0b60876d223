import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

type Page = { items: { fundId?: string; memberId?: string }[]; nextCursor: string | null };

/** The fund list and the member list: paged by cursor, and the fund list scoped to the caller. */
describe('fund and member lists (embedded)', () => {
  const fundId = 'list-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  // Two more funds in Phuket (83) and two in Chiang Mai (50), besides the fixture's own (830105).
  const others = [
    ['chiangmai-a', '500101'],
    ['chiangmai-b', '500102'],
    ['phuket-a', '830101'],
    ['phuket-b', '830201'],
  ];

  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    for (const [otherId, areaCode] of others) {
      await fund
        .post('', 'admin', {
          fundId: otherId,
          name: `กองทุน ${otherId}`,
          areaCode,
          foundedOn: '2024-01-05',
          rules: demoRules,
          committee: [
            { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
            { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
            { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
          ],
        })
        .expect(201);
    }
    for (const n of [3, 1, 5, 2, 4]) await fund.post(`/${fundId}/members`, 'treasurer', enrolment(`m-${n}`, n)).expect(201);
  });
  afterAll(() => fund.close());

  /** Every page from the first, following `nextCursor`. */
  const allPages = async (path: string, as: string, limit: number) => {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: Page } = await fund
        .get(`${path}?limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`, as)
        .expect(200);
      pages.push(response.body);
      cursor = response.body.nextCursor;
    } while (cursor !== null && pages.length < 10);
    return pages;
  };

  it('an administrator pages through every fund, two at a time, in fund-id order', async () => {
    const pages = await allPages('', 'admin', 2);
    expect(pages.map((page) => page.items.map((item) => item.fundId))).toEqual([
      ['chiangmai-a', 'chiangmai-b'],
      [fundId, 'phuket-a'],
      ['phuket-b'],
    ]);
    expect(pages.map((page) => page.nextCursor)).toEqual(['chiangmai-b', 'phuket-a', null]);
    expect(pages[1].items[0]).toEqual({
      fundId,
      name: 'กองทุนสวัสดิการชุมชนตำบลรัษฎา',
      areaCode: '830105',
      foundedOn: '2024-01-05',
      members: { active: 5 },
      balance: '50.00',
    });
  });

  it('a treasurer sees only their fund, an auditor only their province', async () => {
    expect((await fund.get('', 'treasurer').expect(200)).body).toEqual({ items: [expect.objectContaining({ fundId })], nextCursor: null });
    const province = await allPages('', 'auditor', 2);
    expect(province.flatMap((page) => page.items.map((item) => item.fundId))).toEqual([fundId, 'phuket-a', 'phuket-b']);
    expect((await fund.get('', 'outsider').expect(200)).body).toEqual({ items: [], nextCursor: null });
  });

  it("pages through a fund's members by member id, each with the status the rule gives today", async () => {
    const pages = await allPages(`/${fundId}/members`, 'treasurer', 2);
    expect(pages.map((page) => page.items.map((item) => item.memberId))).toEqual([['m-1', 'm-2'], ['m-3', 'm-4'], ['m-5']]);
    // Enrolled in February 2024 and never paid: past the 3-month limit, so lapsed by rule today.
    expect(pages[0].items[0]).toEqual({
      memberId: 'm-1',
      status: 'lapsed',
      planId: 'baht-a-day',
      enrolledOn: '2024-02-01',
      paidThrough: null,
      missedMonths: expect.any(Number),
    });
    const lastPage = await fund.get(`/${fundId}/members?limit=5`, 'auditor').expect(200);
    expect([lastPage.body.items.length, lastPage.body.nextCursor]).toEqual([5, null]);
  });

  it.each([
    ['a member list out of scope', 'outsider', `/${fundId}/members`, 403, 'auth.out-of-scope'],
    ['a member list of no fund', 'admin', '/no-such-fund/members', 404, 'fund.not-found'],
    ['a page size of zero', 'admin', '?limit=0', 400, 'request.invalid'],
    ['a page size too large', 'treasurer', `/${fundId}/members?limit=1000`, 400, 'request.invalid'],
  ])('refuses %s', async (_name, as, path, status, code) => {
    const response = await fund.get(path, as);
    expect([response.status, response.body.code]).toEqual([status, code]);
  });
});
