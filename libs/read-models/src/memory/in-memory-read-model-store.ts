import {
  ChangeStep,
  DocumentPage,
  DocumentWrite,
  ProjectionStep,
  ReadModelStore,
  StepOutcome,
  StoredDocument,
} from '../store/read-model-store';
import { assertEachDocumentOnce, orderOf } from '../store/stream-order';

interface Row {
  streamId: string;
  revision: bigint;
  json: string;
}

const checkpointKey = (projection: string, streamId: string): string => JSON.stringify([projection, streamId]);

/**
 * Read models in this process's memory: the embedded host's adapter, rebuilt from the event log at
 * every start. Bodies are kept as JSON text, so a reader never shares an object with the store.
 * `apply` never awaits between reading the checkpoint and moving it, so a step is atomic here.
 */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, Row>>();
  private readonly checkpoints = new Map<string, { projection: string; revision: bigint }>();

  async get<T extends object>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const row = this.collections.get(collection)?.get(id);
    return row && { id, streamId: row.streamId, revision: row.revision, body: JSON.parse(row.json) as T };
  }

  async list<T extends object>(collection: string, page: DocumentPage): Promise<StoredDocument<T>[]> {
    const prefix = page.idPrefix ?? '';
    const ids = [...(this.collections.get(collection)?.keys() ?? [])]
      .filter((id) => id.startsWith(prefix) && (page.after === undefined || id > page.after))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, page.limit);
    return Promise.all(ids.map(async (id) => (await this.get<T>(collection, id)) as StoredDocument<T>));
  }

  async lastApplied(projection: string, streamId: string): Promise<bigint | undefined> {
    return this.checkpoints.get(checkpointKey(projection, streamId))?.revision;
  }

  async apply(step: ProjectionStep): Promise<StepOutcome> {
    const { projection, streamId, revision } = step;
    const last = this.checkpoints.get(checkpointKey(projection, streamId))?.revision;
    if (orderOf(projection, streamId, last, revision) === 'already-applied') return 'already-applied';
    // Serialise every body before writing any, so a body that is not JSON leaves nothing half-written.
    // JSON text: undefined properties dropped and bigints refused, as the MongoDB adapter does.
    const rows = step.writes.map((write) => ({ write, row: { streamId, revision, json: JSON.stringify(write.body) } }));
    for (const { write, row } of rows) this.put(write, row);
    this.checkpoints.set(checkpointKey(projection, streamId), { projection, revision });
    return 'applied';
  }

  async change(step: ChangeStep): Promise<StepOutcome> {
    const { projection, streamId, revision } = step;
    const last = this.checkpoints.get(checkpointKey(projection, streamId))?.revision;
    if (orderOf(projection, streamId, last, revision) === 'already-applied') return 'already-applied';
    assertEachDocumentOnce(step);
    // Every next body first, then every write: nothing is half-changed if one is not JSON, and no
    // await in between, so no other step sees or changes a document meanwhile.
    const next = step.changes.map((change) => {
      const row = this.collections.get(change.collection)?.get(change.id);
      const body = change.evolve(row && (JSON.parse(row.json) as object));
      return { change, json: body === undefined || body === null ? body : JSON.stringify(body) };
    });
    for (const { change, json } of next) {
      if (json === undefined) continue;
      if (json === null) this.collections.get(change.collection)?.delete(change.id);
      else this.collectionOf(change.collection).set(change.id, { streamId, revision, json });
    }
    this.checkpoints.set(checkpointKey(projection, streamId), { projection, revision });
    return 'applied';
  }

  async drop(projection: string, collections: readonly string[]): Promise<void> {
    for (const collection of collections) this.collections.delete(collection);
    for (const [key, checkpoint] of this.checkpoints) if (checkpoint.projection === projection) this.checkpoints.delete(key);
  }

  async close(): Promise<void> {
    this.collections.clear();
    this.checkpoints.clear();
  }

  private collectionOf(name: string): Map<string, Row> {
    let collection = this.collections.get(name);
    if (!collection) this.collections.set(name, (collection = new Map()));
    return collection;
  }

  private put(write: DocumentWrite, row: Row): void {
    const collection = this.collectionOf(write.collection);
    const stored = collection.get(write.id);
    if (stored === undefined || stored.revision <= row.revision) collection.set(write.id, row);
  }
}
