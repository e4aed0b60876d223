import request from 'supertest';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import { startIdentityHost } from './identity-fixture';

const RULES = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [{ tier: 'regional-office', upTo: null, approverIds: ['director'] }],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'],
  reviewQuorum: 3,
};
const programme = (programmeId: string, areaCodes: string[]) => ({
  programmeId,
  name: 'สนับสนุนขบวนองค์กรชุมชน',
  funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
  areaCodes,
  rules: RULES,
});
const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const declaration = (declarationId: string, areaCodes: string[]) => ({
  declarationId,
  name: 'อุทกภัยจังหวัดชุมพร',
  disasterType: 'flood',
  areaCodes,
  disasterDate: addDays(-3),
  from: addDays(-3),
  until: addDays(60),
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
  expectedHouseholds: 100,
});

/**
 * Issue 11: registering a grant programme or a disaster declaration needs an administrator, or an
 * officer whose area scope covers every area it names; a refusal writes nothing.
 */
describe('who may register a grant programme or a disaster declaration', () => {
  let host: Awaited<ReturnType<typeof startIdentityHost>>;
  const tokens: Record<string, string> = {};
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'root', role: 'admin', scope: {} },
    saraburiGrants: { userId: 'sb-officer', role: 'grants-officer', scope: { areas: ['19'] } },
    nongKhaeGrants: { userId: 'nk-officer', role: 'grants-officer', scope: { areas: ['1903'] } },
    programmeNamedOnly: { userId: 'p-officer', role: 'grants-officer', scope: { programmes: ['rg-by-id'] } },
    chumphonRelief: { userId: 'cp-officer', role: 'relief-officer', scope: { areas: ['86'] } },
    declarationNamedOnly: { userId: 'd-officer', role: 'relief-officer', scope: { areas: ['83'], programmes: ['rg-flood-by-id'] } },
    committee: { userId: 'somchai', role: 'committee', scope: { areas: ['19', '86'] } },
  };
  beforeAll(async () => {
    host = await startIdentityHost();
    for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await host.app.get(TokenIssuer).issue(actor)}`;
  }, 60_000);
  afterAll(() => host.close());

  const events = async () => (await host.store.readAll({ maxCount: 100_000 })).length;
  const post = (path: string, as: string, body: object) =>
    request(host.app.getHttpServer()).post(path).set('authorization', tokens[as]).send(body);
  const refused = async (path: string, as: string, body: object, status: number, code: string) => {
    const before = await events();
    const response = await post(path, as, body);
    expect({ as, status: response.status, code: response.body.code }).toEqual({ as, status, code });
    expect(response.body.messageTh).toMatch(/\S/);
    expect(await events()).toBe(before);
  };
  const accepted = async (path: string, as: string, body: object, type: string) => {
    const response = await post(path, as, body);
    expect({ as, status: response.status, types: response.body.events?.map((event: { type: string }) => event.type) }).toEqual({
      as,
      status: 201,
      types: expect.arrayContaining([type]),
    });
  };

  describe('a grant programme', () => {
    it('an administrator registers one anywhere', () =>
      accepted('/api/grants/programmes', 'admin', programme('rg-admin', ['83', '19']), 'grants.programme.registered'));

    it('a grants officer registers one inside their province', () =>
      accepted('/api/grants/programmes', 'saraburiGrants', programme('rg-saraburi', ['19']), 'grants.programme.registered'));

    it('a district officer may not register one for the whole province', () =>
      refused('/api/grants/programmes', 'nongKhaeGrants', programme('rg-province', ['19']), 403, 'auth.out-of-scope'));

    it('an officer may not register one that reaches beyond their areas, even in part', () =>
      refused('/api/grants/programmes', 'saraburiGrants', programme('rg-two', ['19', '83']), 403, 'auth.out-of-scope'));

    it('a programme id in a scope covers no area', () =>
      refused('/api/grants/programmes', 'programmeNamedOnly', programme('rg-by-id', ['19']), 403, 'auth.out-of-scope'));

    it('a relief officer or a committee member may not at all', async () => {
      await refused('/api/grants/programmes', 'chumphonRelief', programme('rg-relief', ['86']), 403, 'auth.forbidden');
      await refused('/api/grants/programmes', 'committee', programme('rg-committee', ['19']), 403, 'auth.forbidden');
    });
  });

  describe('a disaster declaration', () => {
    it('an administrator declares one anywhere', () =>
      accepted('/api/relief/declarations', 'admin', declaration('rg-flood-admin', ['830101']), 'relief.zone.declared'));

    it('a relief officer declares one inside their province', () =>
      accepted('/api/relief/declarations', 'chumphonRelief', declaration('rg-flood-cp', ['860101']), 'relief.zone.declared'));

    it('an officer may not declare one that reaches beyond their areas, even in part', () =>
      refused('/api/relief/declarations', 'chumphonRelief', declaration('rg-flood-two', ['860101', '830101']), 403, 'auth.out-of-scope'));

    it('a declaration id in a scope covers no area', () =>
      refused('/api/relief/declarations', 'declarationNamedOnly', declaration('rg-flood-by-id', ['860101']), 403, 'auth.out-of-scope'));

    it('a grants officer or a committee member may not at all', async () => {
      await refused('/api/relief/declarations', 'saraburiGrants', declaration('rg-flood-grants', ['190101']), 403, 'auth.forbidden');
      await refused('/api/relief/declarations', 'committee', declaration('rg-flood-committee', ['860101']), 403, 'auth.forbidden');
    });
  });
});
