import { Money } from '@kongthun/kernel';
import { DEMO_GRANTS_PROGRAMME, loadGrantsDemo } from '@kongthun/embedded';
import { GrantsCommandHandler } from '@kongthun/grants-service';
import { startEmbeddedWithAudit } from '../audit/embedded-audit-fixture';

describe('the Saraburi CODI grants demo (npm start -- --demo)', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedWithAudit>>;
  beforeAll(async () => {
    host = await startEmbeddedWithAudit();
    await loadGrantsDemo(host.app.get(GrantsCommandHandler), 'citizen-key-for-tests-only');
  }, 120_000);
  afterAll(() => host.close());

  it('has five fiscal-2566 projects summing to exactly 6,749,210.00 baht, one in each state', async () => {
    const { items } = (await host.get(`/api/grants/programmes/${DEMO_GRANTS_PROGRAMME}/projects?fiscalYear=2566`, 'admin').expect(200))
      .body;
    const total = Money.sum(items.map((p: { requested: string }) => Money.fromJSON(p.requested)));
    expect(total.format()).toBe('6,749,210.00');
    expect(total.toThaiWords()).toBe('หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน');
    expect(
      items.map((p: { status: string; tranchesReleased: number; reportsPending: number }) => [
        p.status,
        p.tranchesReleased,
        p.reportsPending,
      ]),
    ).toEqual([
      ['Proposed', 0, 0],
      ['UnderReview', 0, 0],
      ['Active', 0, 0],
      ['Active', 2, 0],
      ['Closed', 3, 0],
    ]);
    const account = (await host.get(`/api/grants/programmes/${DEMO_GRANTS_PROGRAMME}/budgets/2566`, 'admin').expect(200)).body;
    expect(account).toMatchObject({
      allocated: '6749210.00',
      committed: '4699210.00',
      released: '2860000.00',
      refunded: '25000.00',
      available: '2050000.00',
    });
  });

  it('loads once: a second load changes nothing', async () => {
    const before = (await host.store.readAll({ maxCount: 100_000 })).length;
    expect((await loadGrantsDemo(host.app.get(GrantsCommandHandler), 'citizen-key-for-tests-only')).created).toBe(false);
    expect((await host.store.readAll({ maxCount: 100_000 })).length).toBe(before);
  });

  it('gives the auditor its patterns to flag, from the money contract alone: a related reviewer, and one receipt claimed by two projects', async () => {
    await host.ledgerCaughtUp();
    let findings: { rule: string; details: { programme?: string } }[] = [];
    for (let attempt = 0; attempt < 40 && findings.filter((f) => f.details.programme === 'grants').length < 2; attempt++) {
      await host.post('/api/audit/checks', 'auditor').expect(201);
      findings = (await host.get('/api/audit/findings', 'auditor').expect(200)).body.findings;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'red-flag.conflicted-approver',
          details: expect.objectContaining({ programme: 'grants', unitId: 'sb-2566-03', approverId: 'wilai' }),
        }),
        expect.objectContaining({
          rule: 'red-flag.receipt-claimed-twice',
          // Which claim the auditor saw first depends on delivery order; the finding names both projects.
          details: expect.objectContaining({
            programme: 'grants',
            streamIds: expect.arrayContaining(['grants-project-sb-2566-04', 'grants-project-sb-2566-05']),
          }),
        }),
      ]),
    );
    // Nothing else of the demo is flagged: tranches follow accepted reports, awards stay in their tiers.
    const grantsRules = findings.filter((f) => f.details.programme === 'grants').map((f) => f.rule);
    expect(grantsRules.sort()).toEqual(['red-flag.conflicted-approver', 'red-flag.receipt-claimed-twice']);
  }, 60_000);
});
