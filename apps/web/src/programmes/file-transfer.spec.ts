import { savedDownloads } from '../testing/page-globals';
import { currentSession, saveSession } from '../session';
import { downloadFile, uploadFile } from './file-transfer';

const user = { userId: 'u-somchai', role: 'relief-officer', scope: { province: '19' } };

/**
 * A service behind a stubbed fetch: it answers only the access token `fresh`, and its refresh route
 * trades the refresh token `r-1` for the pair (`fresh`, `r-2`) once.
 */
const serviceAcceptingOnlyFresh = () => {
  const seen: { path: string; authorization?: string; body?: string }[] = [];
  let refreshTokens = new Set(['r-1']);
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const path = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const body = init?.body instanceof Blob ? await init.body.text() : (init?.body as string | undefined);
    seen.push({ path, authorization: headers.authorization, body });
    if (path === '/api/auth/refresh') {
      const { refreshToken } = JSON.parse(body ?? '{}') as { refreshToken: string };
      if (!refreshTokens.has(refreshToken)) return Response.json({ code: 'auth.refresh-invalid' }, { status: 401 });
      refreshTokens = new Set(['r-2']);
      return Response.json({ accessToken: 'fresh', refreshToken: 'r-2' });
    }
    if (headers.authorization !== 'Bearer fresh') return Response.json({ code: 'auth.expired', message: 'expired' }, { status: 401 });
    if (path.endsWith('/bank-file'))
      return new Response('account,amount\n', { headers: { 'content-disposition': 'attachment; filename="run-7.csv"' } });
    return Response.json({ matched: 1, body });
  });
  return seen;
};

afterEach(() => jest.restoreAllMocks());

describe('file transfers when the access token has expired', () => {
  beforeEach(() => {
    saveSession({ accessToken: 'stale', refreshToken: 'r-1', user });
    location.hash = '#/relief';
  });

  it('a download refreshes the token once and saves the file from the retried request', async () => {
    const seen = serviceAcceptingOnlyFresh();
    const { name } = await downloadFile('POST', '/api/relief/runs/run-7/bank-file', 'fallback.csv');
    expect(name).toBe('run-7.csv');
    expect(savedDownloads.at(-1)).toBe('run-7.csv');
    expect(seen.map((request) => [request.path, request.authorization])).toEqual([
      ['/api/relief/runs/run-7/bank-file', 'Bearer stale'],
      ['/api/auth/refresh', undefined],
      ['/api/relief/runs/run-7/bank-file', 'Bearer fresh'],
    ]);
    expect(currentSession()).toMatchObject({ accessToken: 'fresh', refreshToken: 'r-2' });
  });

  it('an upload refreshes the token once and sends the same file again', async () => {
    const seen = serviceAcceptingOnlyFresh();
    const file = new File(['account,status\n123,paid\n'], 'results.csv', { type: 'text/csv' });
    const answer = await uploadFile<{ matched: number }>('/api/relief/runs/run-7/results', file, 'text/csv');
    expect(answer).toEqual({ matched: 1, body: 'account,status\n123,paid\n' });
    expect(seen.filter((request) => request.path.endsWith('/results')).map((request) => request.authorization)).toEqual([
      'Bearer stale',
      'Bearer fresh',
    ]);
  });

  it('when the refresh token is refused too, the session ends, the page goes to the login and the 401 is thrown', async () => {
    serviceAcceptingOnlyFresh();
    saveSession({ accessToken: 'stale', refreshToken: 'r-revoked', user });
    await expect(downloadFile('GET', '/api/finance/exports/totals?area=19', 'totals.csv')).rejects.toMatchObject({
      status: 401,
      code: 'auth.expired',
    });
    expect(currentSession()).toBeUndefined();
    expect(location.hash).toBe('#/login');
  });
});
