import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRedFlagConfig } from '@kongthun/audit-red-flags';
import { CHUMPHON_WELFARE_FUND_ID, loadDemoVillageHouseholds, loadReliefDemo, RELIEF_DEMO_DECLARATION } from '@kongthun/embedded';
import { startEmbeddedWithAudit } from '../audit/embedded-audit-fixture';
import { startEmbeddedRelief } from './embedded-relief-fixture';

const CITIZEN_ID_KEY = 'citizen-key-for-tests-only';

describe('the Chumphon flood demo', () => {
  it('loads once: eight households assessed, a run with two failures and one reversal, in Mueang Chumphon’s DOPA areas', async () => {
    const relief = await startEmbeddedRelief();
    try {
      expect(await loadReliefDemo(relief.app, CITIZEN_ID_KEY)).toEqual({ created: true });
      const dashboard = await relief.get(`/declarations/${RELIEF_DEMO_DECLARATION}`, 'auditor').expect(200);
      expect(dashboard.body.areaCodes).toEqual(['860101', '860102', '860104']);
      expect(dashboard.body.households).toEqual({ registered: 8, assessed: 8, paid: 5 });
      const run = await relief.get('/runs/chumphon-flood-run-1', 'auditor').expect(200);
      expect(
        Object.fromEntries(Object.entries(run.body.payments).map(([status, row]) => [status, (row as { count: number }).count])),
      ).toEqual({ paid: 5, failed: 2, reversed: 1 });
      const before = await relief.eventCount();
      expect(await loadReliefDemo(relief.app, CITIZEN_ID_KEY)).toEqual({ created: false });
      expect(await relief.eventCount()).toBe(before);
    } finally {
      await relief.close();
    }
  });

  it('one flood victim is paid twice for his death: his funeral by relief, the death benefit by the Pak Nam welfare fund; the auditor flags it', async () => {
    const host = await startEmbeddedWithAudit({
      redFlags: parseRedFlagConfig(JSON.parse(readFileSync(join(__dirname, '../../config/red-flags.json'), 'utf8'))),
    });
    try {
      await loadReliefDemo(host.app, CITIZEN_ID_KEY);
      // The demo villages' sample counts are all above their registrations: no village is flagged.
      expect(await loadDemoVillageHouseholds(host.app, join(__dirname, '../../config/village-households/chumphon-demo.json'))).toEqual({
        villagesHeld: 5,
        findingsRaised: 0,
      });
      await host.ledgerCaughtUp();
      const deadline = Date.now() + 20_000;
      let duplicate: { evidenceEventIds: string[]; details: Record<string, unknown> } | undefined;
      while (duplicate === undefined && Date.now() < deadline) {
        await host.post('/api/audit/checks', 'auditor').expect(201);
        const { findings } = (await host.get('/api/audit/findings?limit=500', 'auditor').expect(200)).body;
        duplicate = findings.find(
          (finding: { rule: string; details: { programme: string; unitId: string } }) =>
            finding.rule === 'red-flag.duplicate-payment' &&
            [RELIEF_DEMO_DECLARATION, CHUMPHON_WELFARE_FUND_ID].includes(finding.details.unitId),
        );
        if (duplicate === undefined) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(duplicate).toBeDefined();
      const stored = new Map((await host.store.readAll({ maxCount: 100_000 })).map(({ event }) => [event.id, event.type]));
      expect(duplicate!.evidenceEventIds.map((eventId) => stored.get(eventId)).sort()).toEqual([
        'relief.payments.settled',
        'welfare.payout.made',
      ]);
    } finally {
      await host.close();
    }
  }, 120_000);
});
