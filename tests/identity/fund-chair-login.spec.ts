import { startIdentityHost } from './identity-fixture';

/** Issue 11's done-when: "A new fund's chair can log in with the password an administrator gave them, and can do nothing in another fund." */
describe("a new fund's chair", () => {
  let host: Awaited<ReturnType<typeof startIdentityHost>>;
  beforeAll(async () => {
    host = await startIdentityHost();
    await host.registerFund('other-fund', '830102', [
      { userId: 'somsak', role: 'chair' },
      { userId: 'kannika', role: 'treasurer' },
      { userId: 'pranee', role: 'member' },
    ]);
    await host.registerFund('new-fund', '190101', [
      { userId: 'kanda', role: 'chair' },
      { userId: 'boon', role: 'treasurer' },
      { userId: 'dao', role: 'member' },
    ]);
  });
  afterAll(() => host.close());

  it('becomes a user with the fund, scoped to it, and cannot log in before an administrator gives a password', async () => {
    const users = await host.asAdmin.get('/api/identity/users?limit=10').expect(200);
    expect(users.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: 'kanda',
          role: 'committee',
          scope: { funds: ['new-fund'] },
          status: 'Active',
          hasPassword: false,
        }),
        expect.objectContaining({ userId: 'boon', role: 'treasurer', scope: { funds: ['new-fund'] } }),
      ]),
    );
    expect((await host.login('kanda', 'anything-at-all')).body.code).toBe('auth.invalid-credentials');
  });

  it('logs in with the password an administrator gave them, and can do nothing in another fund', async () => {
    await host.asAdmin.post('/api/identity/users/kanda/password', { password: 'ให้โดยผู้ดูแล-2569', temporary: true }).expect(201);
    const session = await host.login('kanda', 'ให้โดยผู้ดูแล-2569').expect(200);
    expect(session.body.user).toEqual({
      userId: 'kanda',
      role: 'committee',
      scope: { funds: ['new-fund'] },
      displayName: 'kanda',
      mustChangePassword: true,
    });
    const chair = `Bearer ${session.body.accessToken}`;
    const as = (method: 'get' | 'post', path: string, body: object = {}) =>
      host.http()[method](path).set('authorization', chair).send(body);

    await as('get', '/api/welfare/funds/new-fund').expect(200);
    await as('post', '/api/welfare/funds/new-fund/relations', { userId: 'kanda', memberId: 'nobody', relationship: 'x' }).expect(
      (response) => expect(response.body.code).not.toMatch(/^auth\./),
    );

    const other = [
      as('get', '/api/welfare/funds/other-fund'),
      as('get', '/api/welfare/funds/other-fund/members?limit=5'),
      as('post', '/api/welfare/funds/other-fund/relations', { userId: 'kanda', memberId: 'm-1', relationship: 'พี่สาว' }),
      as('post', '/api/welfare/funds/other-fund/lapses'),
      as('post', '/api/welfare/funds/other-fund/committee/somsak/removal', { removedOn: '2026-01-01', reason: 'ลาออก' }),
    ];
    for (const response of await Promise.all(other)) expect([response.status, response.body.code]).toEqual([403, 'auth.out-of-scope']);
    const stranger = await as('post', '/api/welfare/funds', { fundId: 'third-fund' });
    expect([stranger.status, stranger.body.code]).toEqual([403, 'auth.forbidden']);
    expect((await host.store.readStream('welfare-fund-other-fund')).length).toBe(1);
  });
});
