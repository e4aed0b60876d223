import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { describeWithEngine } from '@kongthun/testing';
import { readModelStoreContract } from '../testing/read-model-store-contract';
import { MongooseReadModelStore } from './mongoose-read-model-store';

describeWithEngine('mongo', 'MongooseReadModelStore on a MongoDB-protocol server', (url) => {
  const dbName = `kt_test_${uuidv7().replace(/-/g, '')}`;
  afterAll(async () => {
    const admin = await mongoose.createConnection(url, { dbName }).asPromise();
    await admin.dropDatabase();
    await admin.close();
  });

  readModelStoreContract(() => MongooseReadModelStore.connect({ url, dbName }));

  it('keeps documents and checkpoints across connections, as a restarted consumer finds them', async () => {
    const first = await MongooseReadModelStore.connect({ url, dbName });
    await first.apply({
      projection: 'restart',
      streamId: 's',
      revision: 0n,
      writes: [{ collection: 'restart_views', id: 'a', body: { n: 'ศูนย์' } }],
    });
    await first.close();
    const second = await MongooseReadModelStore.connect({ url, dbName });
    expect(await second.lastApplied('restart', 's')).toBe(0n);
    expect(await second.get('restart_views', 'a')).toEqual({ id: 'a', streamId: 's', revision: 0n, body: { n: 'ศูนย์' } });
    expect(
      await second.apply({
        projection: 'restart',
        streamId: 's',
        revision: 0n,
        writes: [{ collection: 'restart_views', id: 'a', body: { n: 'again' } }],
      }),
    ).toBe('already-applied');
    await second.close();
  });
});
