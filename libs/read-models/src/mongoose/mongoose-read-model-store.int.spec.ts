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

  describe('a change step a crash interrupted (no transactions: documents, then checkpoint, then marks cleared)', () => {
    type Tally = { n: number };
    const step = (streamId: string, revision: bigint) => ({
      projection: 'crash',
      streamId,
      revision,
      changes: [{ collection: 'crash_views', id: streamId, evolve: (body: Tally | undefined) => ({ n: (body?.n ?? 0) + 1 }) }],
    });
    let store: MongooseReadModelStore;
    let direct: mongoose.Connection;
    beforeAll(async () => {
      store = await MongooseReadModelStore.connect({ url, dbName });
      direct = await mongoose.createConnection(url, { dbName }).asPromise();
    });
    afterAll(async () => {
      await store.close();
      await direct.close();
    });
    const raw = (id: string) => direct.collection<{ _id: string; marks: object[]; body: Tally }>('crash_views').findOne({ _id: id });

    it('changes the documents once when the event comes again after a crash before its checkpoint', async () => {
      const stream = `s-${uuidv7()}`;
      for (let revision = 0n; revision < 3n; revision++) await store.change(step(stream, revision));
      // Put back what the crash left: revision 2's mark on its document, the checkpoint at 1.
      await direct.collection<{ _id: string }>('crash_views').updateOne({ _id: stream }, { $push: { marks: { s: stream, r: 2 } } });
      await direct
        .collection<{ _id: string }>('read_model_checkpoints')
        .updateOne({ _id: JSON.stringify(['crash', stream]) }, { $set: { revision: 1 } });
      expect(await store.change(step(stream, 2n))).toBe('applied');
      expect(await raw(stream)).toMatchObject({ body: { n: 3 }, marks: [] });
      expect(await store.lastApplied('crash', stream)).toBe(2n);
    });

    it('clears a mark a crash after the checkpoint left behind at the next change of that stream', async () => {
      const stream = `s-${uuidv7()}`;
      await store.change(step(stream, 0n));
      await direct.collection<{ _id: string }>('crash_views').updateOne({ _id: stream }, { $push: { marks: { s: stream, r: 0 } } });
      expect(await store.change(step(stream, 0n))).toBe('already-applied');
      expect(await store.change(step(stream, 1n))).toBe('applied');
      expect(await raw(stream)).toMatchObject({ body: { n: 2 }, marks: [] });
    });
  });
});
