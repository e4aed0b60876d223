import { AuditLedgerStore } from '@kongthun/audit-store';
import { ReadModelStore } from '@kongthun/read-models';
import { FundProjection } from '@kongthun/welfare-service';

export interface RebuildProgress {
  done: number;
  total: number;
  projected: number;
  elapsedMs: number;
}

/**
 * The whole-system replay: drops the read models and rebuilds them from the audit ledger, in leaf
 * order (each stream in revision order), with each context's own projection. Only welfare has
 * read models so far; events of other contexts are counted and passed over.
 */
export const rebuildReadModelsFromLedger = async (
  ledger: Pick<AuditLedgerStore, 'readLog' | 'size'>,
  readModels: ReadModelStore,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
  batchSize = 1_000,
): Promise<RebuildProgress> => {
  const started = Date.now();
  const projection = new FundProjection(readModels);
  await projection.drop();
  const total = await ledger.size();
  let done = 0;
  let projected = 0;
  for (
    let batch = await ledger.readLog({ maxCount: batchSize });
    batch.length > 0;
    batch = await ledger.readLog({ after: batch[batch.length - 1].leafIndex, maxCount: batchSize })
  ) {
    for (const { event } of batch) {
      const outcome = await projection.project({
        streamId: event.streamId,
        streamRevision: BigInt(event.streamRevision),
        type: event.type,
        data: event.data,
        recordedAt: event.recordedAt,
      });
      if (outcome === 'applied') projected++;
      done++;
    }
    onProgress({ done, total: Math.max(total, done), projected, elapsedMs: Date.now() - started });
  }
  return { done, total: Math.max(total, done), projected, elapsedMs: Date.now() - started };
};
