import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { demoActors, loadDemo } from '@kongthun/embedded';
import { FundCommandHandler, fundOverview } from '@kongthun/welfare-service';
import { createEmbeddedApp } from '@kongthun/embedded';


/** The embedded host keeps everything in its data folder: a restart finds the same fund, to the satang. */
describe('embedded host restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kongthun-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const store = await SqlEventStore.open(await PgliteSqlClient.open(join(dataDir, 'eventstore')));
    const app = await createEmbeddedApp({ store, publishers: [], jwtSecret: 'restart-test-secret-restart-test', citizenIdKey: 'restart-test-citizen-key', logger: false });
    await app.init();
    return { store, app, handler: app.get(FundCommandHandler) };
  };

  it('brings back every event and the same books after a restart', async () => {
    const first = await start();
    const loaded = await loadDemo(first.handler, 'restart-test-citizen-key');
    expect(loaded.created).toBe(true);
    const before = fundOverview(await first.handler.registered(loaded.fundId));
    const eventsBefore = await first.store.readStream(`welfare-fund-${loaded.fundId}`);
    await first.app.close();
    await first.store.close();

    const second = await start();
    expect((await loadDemo(second.handler, 'restart-test-citizen-key')).created).toBe(false);
    expect(await second.store.readStream(`welfare-fund-${loaded.fundId}`)).toEqual(eventsBefore);
    expect(fundOverview(await second.handler.registered(loaded.fundId))).toEqual(before);
    await second.handler.execute(loaded.fundId, demoActors.somchai, { type: 'ApproveClaim', data: { claimId: 'c-003' } });
    expect((await second.handler.registered(loaded.fundId)).claims.get('c-003')?.status).toBe('approved');
    await second.app.close();
    await second.store.close();
  }, 120_000);
});
