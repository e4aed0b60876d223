import { ChainCheckReport, ChainProblem, checkStreams } from './chain-check';
import { LedgerStreams, SourceStore } from './ledger-streams';

/** What the incremental check needs of the ledger besides its streams: which streams grew. */
export interface LedgerChanges {
  /** Streams with a leaf after leaf `after` (exclusive; -1 for every stream) and the last such leaf (-1: none). */
  streamsChangedAfter(after: number): Promise<{ streamIds: string[]; lastLeafIndex: number }>;
}

/** The leaf index the chain check has covered so far. */
export interface ChainCheckpoint {
  checkedThrough(): Promise<number>;
  advanceTo(leafIndex: number): Promise<void>;
}

export interface IncrementalChainCheck {
  ledger: LedgerStreams & LedgerChanges;
  sources: readonly SourceStore[];
  checkpoint: ChainCheckpoint;
  /** Records the problems found (as findings); the checkpoint moves only once they are recorded. */
  raise(problems: ChainProblem[]): Promise<number>;
  now?: () => Date;
}

/**
 * The chain check of the streams that received ledger events since the last check: each is read
 * whole, from the ledger and from its source store, so an older event edited in the source is
 * found as soon as its stream moves. A stream that never moves again is covered by a full check
 * (`full`), which rereads every stream the ledger holds.
 */
export const runIncrementalChainCheck = async (
  check: IncrementalChainCheck,
  options: { full?: boolean } = {},
): Promise<{ report: ChainCheckReport; raised: number }> => {
  const from = options.full ? -1 : await check.checkpoint.checkedThrough();
  const { streamIds, lastLeafIndex } = await check.ledger.streamsChangedAfter(from);
  const { events, problems } = await checkStreams(check.ledger, check.sources, streamIds);
  const raised = problems.length > 0 ? await check.raise(problems) : 0;
  if (lastLeafIndex > from) await check.checkpoint.advanceTo(lastLeafIndex);
  const report: ChainCheckReport = {
    checkedAt: (check.now ?? (() => new Date()))().toISOString(),
    mode: options.full ? 'full' : 'incremental',
    checkedThroughLeaf: Math.max(from, lastLeafIndex),
    streams: streamIds.length,
    events,
    sourcesCompared: check.sources.map((source) => source.context),
    problems,
  };
  return { report, raised };
};
