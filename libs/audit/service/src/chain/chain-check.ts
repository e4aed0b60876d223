import { verifyChain } from '@kongthun/event-sourcing';
import { contextOfStream, LedgerStreams, SourceStore } from './ledger-streams';
import { compareWithSource, SourceProblem } from './source-discrepancy';

/** A break inside the ledger's own copy: the audit service received a stream with a hole or a bad link. */
export type LedgerProblem = 'ledger.revision-gap' | 'ledger.prev-hash-mismatch' | 'ledger.hash-mismatch';

export interface ChainProblem {
  problem: LedgerProblem | SourceProblem;
  streamId: string;
  streamRevision: bigint;
  eventId?: string;
  /** For a source problem: the context whose store differs from the ledger. */
  context?: string;
  sourceRevision?: bigint;
  sourceEventId?: string;
}

export interface ChainCheckReport {
  checkedAt: string;
  /** `incremental`: only the streams that received ledger events since the last check. */
  mode?: 'full' | 'incremental';
  /** The last leaf whose stream this check covered; the next incremental check starts after it. */
  checkedThroughLeaf?: number;
  streams: number;
  events: number;
  /** Contexts whose store was compared; a context without a reachable store is only chain-checked. */
  sourcesCompared: string[];
  problems: ChainProblem[];
}

/** The named streams: each read from the ledger, chain-checked, then compared with its source store where reachable. */
export const checkStreams = async (
  ledger: LedgerStreams,
  sources: readonly SourceStore[],
  streamIds: readonly string[],
): Promise<{ events: number; problems: ChainProblem[] }> => {
  const sourceOf = new Map(sources.map((source) => [source.context, source]));
  const problems: ChainProblem[] = [];
  let events = 0;
  for (const streamId of streamIds) {
    const held = await ledger.readStream(streamId);
    events += held.length;
    const chainBreak = verifyChain(held);
    if (chainBreak) {
      const at = held.find((event) => event.streamRevision === chainBreak.streamRevision);
      problems.push({ problem: `ledger.${chainBreak.problem}`, streamId, streamRevision: chainBreak.streamRevision, eventId: at?.id });
    }
    const context = contextOfStream(held);
    const source = context ? sourceOf.get(context) : undefined;
    if (!source) continue;
    for (const discrepancy of compareWithSource(held, await source.readStream(streamId))) problems.push({ ...discrepancy, context });
  }
  return { events, problems };
};

/**
 * For every stream the ledger holds: revisions without a gap and every `prevHash` linking to the
 * previous event's hash, then the same stream read back from its source store, where reachable.
 */
export const runChainCheck = async (
  ledger: LedgerStreams,
  sources: readonly SourceStore[],
  now: () => Date = () => new Date(),
): Promise<ChainCheckReport> => {
  const streamIds = await ledger.streamIds();
  const { events, problems } = await checkStreams(ledger, sources, streamIds);
  return {
    checkedAt: now().toISOString(),
    streams: streamIds.length,
    events,
    sourcesCompared: sources.map((source) => source.context),
    problems,
  };
};
