import { loadReliefDemo, RELIEF_DEMO_DECLARATION } from '@kongthun/embedded';
import { startEmbeddedRelief } from './embedded-relief-fixture';

describe('the Chumphon flood demo', () => {
  it('loads once: eight households assessed, a run with two failures and one reversal, in Mueang Chumphon’s DOPA areas', async () => {
    const relief = await startEmbeddedRelief();
    try {
      expect(await loadReliefDemo(relief.app)).toEqual({ created: true });
      const dashboard = await relief.get(`/declarations/${RELIEF_DEMO_DECLARATION}`, 'auditor').expect(200);
      expect(dashboard.body.areaCodes).toEqual(['860101', '860102', '860104']);
      expect(dashboard.body.households).toEqual({ registered: 8, assessed: 8, paid: 5 });
      const run = await relief.get('/runs/chumphon-flood-run-1', 'auditor').expect(200);
      expect(
        Object.fromEntries(Object.entries(run.body.payments).map(([status, row]) => [status, (row as { count: number }).count])),
      ).toEqual({ paid: 5, failed: 2, reversed: 1 });
      const before = await relief.eventCount();
      expect(await loadReliefDemo(relief.app)).toEqual({ created: false });
      expect(await relief.eventCount()).toBe(before);
    } finally {
      await relief.close();
    }
  });
});
