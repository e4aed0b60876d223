import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { MongooseReadModelStore } from '@kongthun/read-models';
import { describeWithEngine } from '@kongthun/testing';
import { FUND_VIEWS_PROJECTION } from './fund-read-models';
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
    // Behind the adapter's back, as a process that died between the documents and the checkpoint.
    rewindCheckpoint: async (streamId, revision) => {
      const result = await direct
        .collection<{ _id: string }>('read_model_checkpoints')
        .updateOne({ _id: JSON.stringify([FUND_VIEWS_PROJECTION, streamId]) }, { $set: { revision: Number(revision) } });
      expect(result.modifiedCount).toBe(1);
    },
  });
});
