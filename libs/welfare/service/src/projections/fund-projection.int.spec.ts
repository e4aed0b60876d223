import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { MongooseReadModelStore } from '@kongthun/read-models';
import { describeWithEngine } from '@kongthun/testing';
import { ALL_FUND_VIEW_COLLECTIONS, FUND_VIEWS_PROJECTION } from './fund-read-models';
import { fundProjectionScenarios } from './testing/fund-projection-scenarios';

describeWithEngine('mongo', "fund views projection, in MongoDB (the distributed service's adapter)", (url) => {
  const dbName = `kt_test_${uuidv7().replace(/-/g, '')}`;
  let direct: mongoose.Connection;
  beforeAll(async () => {
    direct = await mongoose.createConnection(url, { dbName }).asPromise();
  });
  afterAll(async () => {
    await direct.dropDatabase();
    await direct.close();
  });

  fundProjectionScenarios({
    open: () => MongooseReadModelStore.connect({ url, dbName }),
    // Behind the adapter's back, as a process that died between the documents and the checkpoint:
    // the event's marks back on the documents it changed, the checkpoint one revision back.
    crashBeforeCheckpoint: async (streamId, revision) => {
      const at = Number(revision);
      for (const collection of ALL_FUND_VIEW_COLLECTIONS)
        await direct
          .collection<{ streamId: string; revision: number }>(collection)
          .updateMany({ streamId, revision: at }, { $push: { marks: { s: streamId, r: at } } });
      const checkpoints = direct.collection<{ _id: string }>('read_model_checkpoints');
      const id = JSON.stringify([FUND_VIEWS_PROJECTION, streamId]);
      if (at === 0) await checkpoints.deleteOne({ _id: id });
      else expect((await checkpoints.updateOne({ _id: id }, { $set: { revision: at - 1 } })).modifiedCount).toBe(1);
    },
  });
});
