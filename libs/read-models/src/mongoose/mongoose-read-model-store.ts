import mongoose, { AnyBulkWriteOperation, Connection, Model, Schema } from 'mongoose';
import {
  ChangeStep,
  DocumentChange,
  DocumentPage,
  DocumentWrite,
  ProjectionStep,
  ReadModelStore,
  StepOutcome,
  StoredDocument,
} from '../store/read-model-store';
import { assertEachDocumentOnce, orderOf } from '../store/stream-order';
import { ignoringNewerDocuments, isDuplicateKey } from './duplicate-key';

interface DocumentRow {
  _id: string;
  streamId: string;
  /** A stream revision; a BSON double holds every revision a stream will reach (< 2^53). */
  revision: number;
  body: object;
}

/** A change this document holds whose checkpoint may not have moved yet: stream `s`, revision `r`. */
interface Mark {
  s: string;
  r: number;
}

/**
 * A document of `change` steps: fed by many streams, so guarded by a version (compare-and-set) and
 * by marks of the events whose change it holds until their checkpoints moved. A deleted document
 * stays as a tombstone (`deleted`) until then, so a repeated event finds its mark.
 */
interface ChangedRow extends DocumentRow {
  version: number;
  marks: Mark[];
  deleted: boolean;
}

interface CheckpointRow {
  _id: string;
  projection: string;
  streamId: string;
  revision: number;
}

const documentSchema = new Schema<DocumentRow>(
  { _id: String, streamId: String, revision: Number, body: Schema.Types.Mixed },
  // minimize: false keeps empty objects (an empty count by status is still part of a view).
  { versionKey: false, minimize: false, id: false },
);
const changedSchema = new Schema<ChangedRow>(
  {
    _id: String,
    streamId: String,
    revision: Number,
    body: Schema.Types.Mixed,
    version: Number,
    marks: [{ _id: false, s: String, r: Number }],
    deleted: Boolean,
  },
  { versionKey: false, minimize: false, id: false },
);
const checkpointSchema = new Schema<CheckpointRow>(
  { _id: String, projection: String, streamId: String, revision: Number },
  { versionKey: false, id: false },
);

export interface MongooseReadModelStoreOptions {
  /** Always with `directConnection=true` against a single server (mongo-java-server in tests). */
  url: string;
  dbName: string;
  /** Where checkpoints are kept; one collection for every projection of the database. */
  checkpointCollection?: string;
}

const storedRevision = (revision: bigint): number => {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`revision ${revision} does not fit a read-model document`);
  return Number(revision);
};

const checkpointId = (projection: string, streamId: string): string => JSON.stringify([projection, streamId]);

/**
 * What the in-memory adapter keeps too: a JSON copy, so `undefined` properties disappear and a
 * bigint or a cycle is refused before anything is written, the same on both adapters.
 */
const jsonCopy = <T>(body: T): T => JSON.parse(JSON.stringify(body)) as T;

/**
 * Read models in MongoDB through mongoose: the distributed mode's adapter. No multi-document
 * transactions (the test server has none, and none are needed): a step writes its documents first,
 * each only over an older or equal revision of itself, and moves the checkpoint last. A crash in
 * between leaves the checkpoint behind; the event comes again and writes the same documents.
 */
export class MongooseReadModelStore implements ReadModelStore {
  private readonly models = new Map<string, Model<DocumentRow>>();
  private readonly changedModels = new Map<string, Model<ChangedRow>>();
  private readonly checkpoints: Model<CheckpointRow>;

  private constructor(
    private readonly connection: Connection,
    checkpointCollection: string,
  ) {
    this.checkpoints = connection.model<CheckpointRow>(`checkpoints:${checkpointCollection}`, checkpointSchema, checkpointCollection);
  }

  static async connect(options: MongooseReadModelStoreOptions): Promise<MongooseReadModelStore> {
    // No serverApi and no index or collection creation at start: mongo-java-server supports neither
    // the versioned API handshake nor needs them; collections appear with their first document.
    const connection = mongoose.createConnection(options.url, {
      dbName: options.dbName,
      autoIndex: false,
      autoCreate: false,
      serverSelectionTimeoutMS: 10_000,
    });
    await connection.asPromise();
    return new MongooseReadModelStore(connection, options.checkpointCollection ?? 'read_model_checkpoints');
  }

  async get<T extends object>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const row = await this.documents(collection).findById(id).lean<ChangedRow>().exec();
    return row && row.deleted !== true ? { id, streamId: row.streamId, revision: BigInt(row.revision), body: row.body as T } : undefined;
  }

  async list<T extends object>(collection: string, page: DocumentPage): Promise<StoredDocument<T>[]> {
    const prefix = page.idPrefix ?? '';
    // One range on _id: from the prefix (or just after the cursor) to the end of the prefix.
    const from = page.after !== undefined && page.after >= prefix ? { $gt: page.after } : { $gte: prefix };
    const range = prefix === '' ? from : { ...from, $lt: `${prefix}\uffff` };
    const rows = await this.documents(collection)
      .find({ _id: range, deleted: { $ne: true } })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<DocumentRow[]>()
      .exec();
    return rows.map((row) => ({ id: row._id, streamId: row.streamId, revision: BigInt(row.revision), body: row.body as T }));
  }

  async lastApplied(projection: string, streamId: string): Promise<bigint | undefined> {
    const row = await this.checkpoints.findById(checkpointId(projection, streamId)).lean<CheckpointRow>().exec();
    return row ? BigInt(row.revision) : undefined;
  }

  async change(step: ChangeStep): Promise<StepOutcome> {
    const { projection, streamId } = step;
    if (orderOf(projection, streamId, await this.lastApplied(projection, streamId), step.revision) === 'already-applied')
      return 'already-applied';
    assertEachDocumentOnce(step);
    const mark: Mark = { s: streamId, r: storedRevision(step.revision) };
    // Every document read and every change worked out before any write: a change that throws (a
    // view waiting for another stream's event) leaves nothing half-written.
    const planned = await Promise.all(step.changes.map(async (change) => this.plan(change, mark, await this.read(change))));
    const changed = await Promise.all(step.changes.map((change, i) => this.changeOne(change, mark, planned[i])));
    if ((await this.moveCheckpoint(projection, streamId, mark.r)) === 'already-applied') return 'already-applied';
    // The checkpoint now stops this event coming again: its marks (and tombstones) are no longer needed.
    const unmark = new Map<string, AnyBulkWriteOperation<ChangedRow>[]>();
    step.changes.forEach(({ collection, id }, i) => {
      if (!changed[i]) return;
      const marked = { _id: id, marks: { $elemMatch: { s: mark.s, r: mark.r } } };
      unmark.set(collection, [
        ...(unmark.get(collection) ?? []),
        { deleteOne: { filter: { ...marked, deleted: true } } },
        { updateOne: { filter: { ...marked, deleted: false }, update: { $pull: { marks: mark }, $inc: { version: 1 } } } },
      ]);
    });
    await Promise.all(
      [...unmark].map(([collection, operations]) => this.changedDocuments(collection).bulkWrite(operations, { ordered: false })),
    );
    return 'applied';
  }

  private read(change: DocumentChange): Promise<ChangedRow | null> {
    return this.changedDocuments(change.collection).findById(change.id).lean<ChangedRow>().exec();
  }

  /** What to write over `row` (read at `version`), or why nothing: this event's change is in already, or the view leaves it. */
  private plan(
    change: DocumentChange,
    mark: Mark,
    row: ChangedRow | null,
  ): 'already-changed' | 'unchanged' | { row: ChangedRow | null; fields: object } {
    if (row?.marks?.some((held) => held.s === mark.s && held.r === mark.r)) return 'already-changed';
    const next = change.evolve(row === null || row.deleted === true ? undefined : row.body);
    if (next === undefined) return 'unchanged';
    const fields = {
      streamId: mark.s,
      revision: mark.r,
      body: next === null ? null : jsonCopy(next),
      deleted: next === null,
      // A mark of this stream is from an earlier event that the checkpoint has passed.
      marks: [...(row?.marks ?? []).filter((held) => held.s !== mark.s), mark],
      version: (row?.version ?? 0) + 1,
    };
    return { row, fields };
  }

  /** One document's change, compare-and-set on its version; false when this event's change was not written by it or before it. */
  private async changeOne(change: DocumentChange, mark: Mark, first: ReturnType<MongooseReadModelStore['plan']>): Promise<boolean> {
    const model = this.changedDocuments(change.collection);
    for (let planned = first; ; planned = this.plan(change, mark, await this.read(change))) {
      if (planned === 'already-changed') return true;
      if (planned === 'unchanged') return false;
      const { row, fields } = planned;
      try {
        if (row === null) {
          await model.create({ _id: change.id, ...fields });
          return true;
        }
        const result = await model.updateOne({ _id: change.id, version: row.version }, { $set: fields }).exec();
        if (result.matchedCount === 1) return true;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      // Another writer changed or created it since it was read: read it again and redo the change.
    }
  }

  private async moveCheckpoint(projection: string, streamId: string, revision: number): Promise<StepOutcome> {
    try {
      await this.checkpoints.updateOne(
        { _id: checkpointId(projection, streamId), revision: { $lt: revision } },
        { $set: { projection, streamId, revision } },
        { upsert: true },
      );
    } catch (error) {
      // Another applier of this stream (a consumer-group rebalance) moved the checkpoint first.
      if (isDuplicateKey(error)) return 'already-applied';
      throw error;
    }
    return 'applied';
  }

  async apply(step: ProjectionStep): Promise<StepOutcome> {
    const { projection, streamId } = step;
    if (orderOf(projection, streamId, await this.lastApplied(projection, streamId), step.revision) === 'already-applied')
      return 'already-applied';
    const revision = storedRevision(step.revision);
    const byCollection = new Map<string, AnyBulkWriteOperation<DocumentRow>[]>();
    for (const write of step.writes) {
      const operations = byCollection.get(write.collection) ?? [];
      operations.push(upsertUnlessNewer(write, streamId, revision));
      byCollection.set(write.collection, operations);
    }
    await Promise.all(
      [...byCollection].map(([collection, operations]) =>
        ignoringNewerDocuments(this.documents(collection).bulkWrite(operations, { ordered: false })),
      ),
    );
    return this.moveCheckpoint(projection, streamId, revision);
  }

  async drop(projection: string, collections: readonly string[]): Promise<void> {
    await Promise.all(collections.map((collection) => this.documents(collection).deleteMany({}).exec()));
    await this.checkpoints.deleteMany({ projection }).exec();
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  private changedDocuments(collection: string): Model<ChangedRow> {
    let model = this.changedModels.get(collection);
    if (!model)
      this.changedModels.set(collection, (model = this.connection.model<ChangedRow>(`changed:${collection}`, changedSchema, collection)));
    return model;
  }

  private documents(collection: string): Model<DocumentRow> {
    let model = this.models.get(collection);
    if (!model)
      this.models.set(collection, (model = this.connection.model<DocumentRow>(`documents:${collection}`, documentSchema, collection)));
    return model;
  }
}

/**
 * Matches only an equal or older revision of the document; against a newer one the upsert turns into
 * an insert of an existing `_id` and fails with a duplicate key, which leaves the newer one in place.
 */
const upsertUnlessNewer = (write: DocumentWrite, streamId: string, revision: number): AnyBulkWriteOperation<DocumentRow> => ({
  updateOne: {
    filter: { _id: write.id, revision: { $lte: revision } },
    update: { $set: { streamId, revision, body: jsonCopy(write.body) } },
    upsert: true,
  },
});
