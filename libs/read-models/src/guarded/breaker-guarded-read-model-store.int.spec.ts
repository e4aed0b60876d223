import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { Breakers } from '@kongthun/breakers';
import { describeWithEngine } from '@kongthun/testing';
import { MongooseReadModelStore } from '../mongoose/mongoose-read-model-store';
import { readModelStoreContract } from '../testing/read-model-store-contract';
import { BreakerGuardedReadModelStore } from './breaker-guarded-read-model-store';

describeWithEngine('mongo', 'a read-model store behind its breaker, on a MongoDB-protocol server', (url) => {
  const dbName = `kt_test_${uuidv7().replace(/-/g, '')}`;
  const breakers = new Breakers({ volumeThreshold: 2, resetTimeoutMs: 60_000 });
  afterAll(async () => {
    breakers.shutdown();
    const admin = await mongoose.createConnection(url, { dbName }).asPromise();
    await admin.dropDatabase();
    await admin.close();
  });

  // The breaker changes nothing of what the store does while MongoDB answers.
  readModelStoreContract(
    async () => new BreakerGuardedReadModelStore(await MongooseReadModelStore.connect({ url, dbName }), breakers, 'mongo.contract'),
  );

  it('counts a gap as the projection’s problem, not the database’s', async () => {
    const store = new BreakerGuardedReadModelStore(await MongooseReadModelStore.connect({ url, dbName }), breakers, 'mongo.gaps');
    const step = (revision: bigint) => ({
      projection: 'gaps',
      streamId: 's',
      revision,
      writes: [{ collection: 'gap_views', id: 'a', body: { revision: String(revision) } }],
    });
    for (const _ of [1, 2, 3]) await expect(store.apply(step(5n))).rejects.toMatchObject({ code: 'read-model.gap' });
    expect(await store.apply(step(0n))).toBe('applied');
    expect(breakers.statuses().find((status) => status.name === 'mongo.gaps')).toMatchObject({ state: 'closed', failures: 0 });
    await store.close();
  });

  it('opens when the connection to MongoDB is gone, refuses reads at once with dependency.unavailable, and shows it', async () => {
    const mongo = await MongooseReadModelStore.connect({ url, dbName });
    const store = new BreakerGuardedReadModelStore(mongo, breakers, 'mongo.lost');
    expect(await store.get('views', 'none')).toBeUndefined();
    await mongo.close();
    await expect(store.get('views', 'x')).rejects.toThrow(/connected/);
    await expect(store.list('views', { limit: 10 })).rejects.toThrow(/connected/);
    await expect(store.get('views', 'x')).rejects.toMatchObject({ code: 'dependency.unavailable', details: { breaker: 'mongo.lost' } });
    expect(breakers.statuses().find((status) => status.name === 'mongo.lost')).toEqual({
      name: 'mongo.lost',
      state: 'open',
      failures: 2,
      successes: 1,
    });
  });
});
