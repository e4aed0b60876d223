import { startIdentityHost } from './identity-fixture';

describe('password logins and sessions', () => {
  let host: Awaited<ReturnType<typeof startIdentityHost>>;
  beforeAll(async () => {
    host = await startIdentityHost();
    await host.asAdmin
      .post('/api/identity/users', {
        userId: 'noi',
        role: 'grants-officer',
        scope: { areas: ['19'] },
        displayName: 'คุณน้อย',
        password: 'first-password-1',
        temporary: false,
      })
      .expect(201);
    await host.asAdmin.post('/api/identity/users', { userId: 'gone', role: 'viewer', password: 'gone-password-1' }).expect(201);
    await host.asAdmin.post('/api/identity/users/gone/disable', { reason: 'left the office' }).expect(201);
  });
  afterAll(() => host.close());

  it('answers an unknown user, a disabled user and a wrong password alike: 401 auth.invalid-credentials', async () => {
    const answers = await Promise.all([
      host.login('nobody', 'first-password-1'),
      host.login('gone', 'gone-password-1'),
      host.login('noi', 'wrong-password-1'),
    ]);
    for (const answer of answers)
      expect([answer.status, answer.body.code, answer.body.messageTh]).toEqual([401, 'auth.invalid-credentials', expect.any(String)]);
    expect(new Set(answers.map((answer) => answer.body.message)).size).toBe(1);
  });

  it('gives a short-lived access token the existing guard accepts, and a refresh token that rotates', async () => {
    const first = await host.login('noi', 'first-password-1').expect(200);
    expect(first.body).toMatchObject({
      expiresIn: 900,
      user: { userId: 'noi', role: 'grants-officer', scope: { areas: ['19'] }, displayName: 'คุณน้อย' },
    });
    const claims = JSON.parse(Buffer.from(first.body.accessToken.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims).toMatchObject({ sub: 'noi', role: 'grants-officer', scope: { areas: ['19'] } });
    await host
      .http()
      .post('/api/auth/password')
      .set('authorization', `Bearer ${first.body.accessToken}`)
      .send({ currentPassword: 'x', newPassword: 'y' })
      .expect(401);

    const second = await host.http().post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    // The first token again: a copy is loose, so the whole session ends, the newest token included.
    const reused = await host.http().post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect([reused.status, reused.body.code]).toEqual([401, 'auth.invalid-refresh-token']);
    await host.http().post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
  });

  it('ends a session at logout, and refuses a refresh once the user is disabled', async () => {
    const session = await host.login('noi', 'first-password-1').expect(200);
    await host.http().post('/api/auth/logout').send({ refreshToken: session.body.refreshToken }).expect(204);
    await host.http().post('/api/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);

    await host.asAdmin.post('/api/identity/users', { userId: 'temp', role: 'viewer', password: 'temp-password-1' }).expect(201);
    const temp = await host.login('temp', 'temp-password-1').expect(200);
    await host.asAdmin.post('/api/identity/users/temp/disable', { reason: 'contract ended' }).expect(201);
    await host.http().post('/api/auth/refresh').send({ refreshToken: temp.body.refreshToken }).expect(401);
    await host.asAdmin.post('/api/identity/users/temp/enable').expect(201);
    await host.login('temp', 'temp-password-1').expect(200);
  });

  it('lets a user change their own password with the current one, ten characters at least; the stream records the fact, never the hash', async () => {
    const session = await host.login('noi', 'first-password-1').expect(200);
    const change = (body: object) =>
      host.http().post('/api/auth/password').set('authorization', `Bearer ${session.body.accessToken}`).send(body);
    expect((await change({ currentPassword: 'first-password-1', newPassword: 'short' })).body.code).toBe('identity.password-too-short');
    await change({ currentPassword: 'first-password-1', newPassword: 'ใหม่และยาวพอแล้ว' }).expect(204);
    await host.login('noi', 'first-password-1').expect(401);
    await host.login('noi', 'ใหม่และยาวพอแล้ว').expect(200);

    const events = await host.store.readStream('identity-user-noi');
    expect(events.map((event) => event.type)).toEqual([
      'identity.user.created',
      'identity.user.password-changed',
      'identity.user.password-changed',
    ]);
    expect(events[2].data).toEqual({ userId: 'noi', by: 'self', mustChange: false });
    expect(JSON.stringify(events.map((event) => ({ data: event.data, metadata: event.metadata })))).not.toMatch(
      /argon2|ใหม่และยาวพอแล้ว|คุณน้อย/,
    );
  });

  it('holds a user name back after five wrong passwords in a row, even from the right password: 429', async () => {
    await host.asAdmin.post('/api/identity/users', { userId: 'guessed', role: 'viewer', password: 'right-password-1' }).expect(201);
    for (let i = 0; i < 5; i++) await host.login('guessed', `wrong-${i}-password`).expect(401);
    const held = await host.login('guessed', 'right-password-1');
    expect([held.status, held.body.code]).toEqual([429, 'auth.too-many-attempts']);
    await host.login('noi', 'ใหม่และยาวพอแล้ว').expect(200);
  });

  it('is administered by administrators only, with every change an event', async () => {
    const viewer = await host.login('temp', 'temp-password-1').expect(200);
    const refused = await host.http().get('/api/identity/users').set('authorization', `Bearer ${viewer.body.accessToken}`);
    expect([refused.status, refused.body.code]).toEqual([403, 'auth.forbidden']);
    expect((await host.asAdmin.post('/api/identity/users', { userId: 'noi', role: 'viewer' })).body.code).toBe('identity.user-exists');
    expect((await host.asAdmin.post('/api/identity/users', { userId: 'x1', role: 'wizard' })).body.code).toBe('identity.role-unknown');
    await host.asAdmin
      .post('/api/identity/users/noi/access', { role: 'relief-officer', scope: { areas: ['83'], programmes: ['flood-2569'] } })
      .expect(201);
    const page = await host.asAdmin.get('/api/identity/users?limit=2').expect(200);
    expect(page.body.items.map((user: { userId: string }) => user.userId)).toEqual(['gone', 'guessed']);
    const next = await host.asAdmin.get(`/api/identity/users?limit=2&cursor=${page.body.nextCursor}`).expect(200);
    expect(next.body.items[0]).toMatchObject({
      userId: 'noi',
      role: 'relief-officer',
      scope: { areas: ['83'], programmes: ['flood-2569'] },
    });
  });
});
