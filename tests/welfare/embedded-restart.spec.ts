import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { demoActors, loadDemo } from '@kongthun/embedded';
import { TokenIssuer } from '@kongthun/http';
import request from 'supertest';
import { FundCommandHandler, fundOverview, PersonalDataVault } from '@kongthun/welfare-service';
import { createEmbeddedApp } from '@kongthun/embedded';

/** The embedded host keeps everything in its data folder: a restart finds the same fund, to the satang. */
describe('embedded host restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kongthun-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const store = await SqlEventStore.open(await PgliteSqlClient.open(join(dataDir, 'eventstore')));
    const app = await createEmbeddedApp({
      store,
      publishers: [],
      jwtSecret: 'restart-test-secret-restart-test',
      citizenIdKey: 'restart-test-citizen-key',
      logger: false,
    });
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

  it('keeps members personal data, encrypted in the data folder, across a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kongthun-personal-'));
    const open = async () => {
      const sql = await PgliteSqlClient.open(join(folder, 'eventstore'));
      const store = await SqlEventStore.open(sql);
      const app = await createEmbeddedApp({
        store,
        publishers: [],
        jwtSecret: 'restart-test-secret-restart-test',
        citizenIdKey: 'restart-test-citizen-key',
        logger: false,
        serviceData: { sql, personalDataKey: 'restart-test-personal-data-master-key' },
      });
      await app.init();
      return { store, app };
    };
    const first = await open();
    const loaded = await loadDemo(first.app.get(FundCommandHandler), 'restart-test-citizen-key', first.app.get(PersonalDataVault));
    await first.app.close();
    await first.store.close();

    const second = await open();
    const token = await second.app.get(TokenIssuer).issue(demoActors.malee);
    const response = await request(second.app.getHttpServer())
      .get(`/api/welfare/funds/${loaded.fundId}/members/m-001/personal-data?reason=restart-check`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(response.body).toMatchObject({ name: 'นายบุญมี ทองดี', phone: '080-000-0101', beneficiary: { name: 'นางสาวสมใจ ทองดี' } });
    await second.app.close();
    await second.store.close();
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);
});
