import request from 'supertest';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { createEmbeddedApp, DEMO_GRANTS_PROGRAMME, loadGrantsDemo } from '@kongthun/embedded';
import { GrantsCommandHandler, iatiSchemaErrors } from '@kongthun/grants-service';
import { RULES } from './embedded-grants-fixture';

/** Each transaction's type and value, read back from the XML as a consumer of the file would. */
const transactionsOf = (xml: string) =>
  [...xml.matchAll(/<transaction-type code="(\d+)"\/>\s*<transaction-date iso-date="[^"]+"\/>\s*<value [^>]*>(-?[\d.]+)<\/value>/g)].map(
    ([, type, value]) => ({ type, value: Money.fromJSON(value) }),
  );
const net = (xml: string, type: string) =>
  Money.sum(
    transactionsOf(xml)
      .filter((t) => t.type === type)
      .map((t) => t.value),
  ).format();

describe('the IATI export of a programme year (GET /api/grants/programmes/:id/iati)', () => {
  let app: Awaited<ReturnType<typeof createEmbeddedApp>>;
  const tokens: Record<string, string> = {};
  const get = (path: string, as?: string) => {
    const call = request(app.getHttpServer()).get(path);
    return as === undefined ? call : call.set('authorization', tokens[as]);
  };
  const iati = (programmeId: string, query: string, as?: string) => get(`/api/grants/programmes/${programmeId}/iati${query}`, as);

  beforeAll(async () => {
    app = await createEmbeddedApp({
      store: new InMemoryEventStore(),
      publishers: [],
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
    });
    await app.init();
    await loadGrantsDemo(app.get(GrantsCommandHandler), 'citizen-key-for-tests-only');
    const actors: Record<string, AuthenticatedActor> = {
      admin: { userId: 'admin', role: 'admin', scope: {} },
      auditor: { userId: 'auditor-saraburi', role: 'auditor', scope: { areas: ['19'] } },
      committee: { userId: 'rattana', role: 'committee', scope: { programmes: [DEMO_GRANTS_PROGRAMME] } },
      phuketOfficer: { userId: 'x', role: 'grants-officer', scope: { areas: ['83'] } },
      treasurer: { userId: 'malee', role: 'treasurer', scope: { funds: ['phuket-talat-yai'] } },
    };
    const issuer = app.get(TokenIssuer);
    for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  }, 120_000);
  afterAll(() => app.close());

  it('exports the Saraburi CODI 2566 demo as IATI XML that the IATI 2.03 schema accepts with zero errors', async () => {
    const response = await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2566', 'auditor').expect(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    const xml = response.text;
    expect(await iatiSchemaErrors(xml)).toEqual([]);
    // The three awarded projects and the programme year; the proposal and the one under review are not grants yet.
    expect(xml.match(/<iati-activity /g)).toHaveLength(4);
    expect(xml.match(/<related-activity type="2" /g)).toHaveLength(3);
    expect(xml).toContain('kongthun:fiscal-year-be="2566"');
  }, 60_000);

  it('carries the demo money exactly: 6,749,210.00 in, 4,699,210.00 committed, 2,860,000.00 paid less the 25,000.00 refund', async () => {
    const xml = (await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2566', 'committee').expect(200)).text;
    expect(net(xml, '1')).toBe('6,749,210.00');
    expect(net(xml, '3')).toBe('2,835,000.00');
    expect(transactionsOf(xml).some((t) => t.type === '3' && t.value.format() === '-25,000.00')).toBe(true);
    // Committed now: the budget's committed 4,699,210.00 (the closed project's unused part went back).
    expect(net(xml, '2')).toBe('4,699,210.00');
  });

  it('refuses a reader out of the programme’s scope (403) and a role that does not read grants (403)', async () => {
    expect((await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2566', 'phuketOfficer').expect(403)).body.code).toBe('auth.out-of-scope');
    await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2566', 'treasurer').expect(403);
  });

  it('asks for a token (401)', async () => {
    await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2566').expect(401);
  });

  it('answers 404 for an unknown programme or a year it has no budget for, and 400 without a BE fiscal year', async () => {
    expect((await iati('no-such-programme', '?fiscalYear=2566', 'admin').expect(404)).body.code).toBe('programme.not-found');
    expect((await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2567', 'admin').expect(404)).body.code).toBe('budget.not-found');
    expect((await iati(DEMO_GRANTS_PROGRAMME, '', 'admin').expect(400)).body.code).toBe('request.invalid');
    expect((await iati(DEMO_GRANTS_PROGRAMME, '?fiscalYear=2023', 'admin').expect(400)).body.code).toBe('request.invalid');
  });

  it('refuses (422) a programme whose funder has no IATI identifier we know, with its reason in Thai', async () => {
    await request(app.getHttpServer())
      .post('/api/grants/programmes')
      .set('authorization', tokens.admin)
      .send({ programmeId: 'unknown-funder', name: 'ทดสอบ', funder: 'มูลนิธิตัวอย่าง', areaCodes: ['19'], rules: RULES })
      .expect(201);
    const { body } = await iati('unknown-funder', '?fiscalYear=2566', 'admin').expect(422);
    expect(body).toMatchObject({ code: 'iati.funder-unidentified', messageTh: expect.stringContaining('IATI') });
  });
});
