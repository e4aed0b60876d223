import { RecordedEvent } from '@kongthun/event-sourcing';
import { DocumentChange, ReadModelStore, StepOutcome } from '@kongthun/read-models';

/**
 * A stream's index document: the state a view keeps of that stream, the ids of the lines it shows
 * now, and the ids its last event took away (so a redelivery after a crash can finish the job).
 */
interface LinesIndex<State> {
  state: State;
  lineIds: string[];
  droppedLineIds: string[];
}

export interface DerivedLinesView<State, Line extends object> {
  projection: string;
  /** One index document per stream key (a project id): what the view remembers of it. */
  indexCollection: string;
  /** The lines other readers list by id prefix (a programme's reports due, an organisation's awards). */
  linesCollection: string;
  /** The view's own small evolve: the state after one event; undefined while there is nothing to keep. */
  evolve(before: State | undefined, event: RecordedEvent): State | undefined;
  /** The lines a state shows, by id; the id decides where it sorts. */
  linesOf(state: State | undefined): Map<string, Line>;
}

const same = (a: object | undefined, b: object) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies one event to a view whose lines are derived from one stream's state: the index and only
 * the lines that changed are written, so an event costs what its own stream holds (a project's few
 * tranches), never what its programme holds. Lines whose id changed (a due date moved) are deleted
 * under the old id and written under the new one, in the same step as the checkpoint's move.
 */
export const applyDerivedLines = async <State, Line extends object>(
  readModels: ReadModelStore,
  view: DerivedLinesView<State, Line>,
  key: string,
  recorded: RecordedEvent,
): Promise<StepOutcome> => {
  const stored = await readModels.get<LinesIndex<State>>(view.indexCollection, key);
  // The index already holds this event: a crash came after its change and before the checkpoint's move.
  const again = stored !== undefined && stored.streamId === recorded.streamId && stored.revision === recorded.streamRevision;
  const after = again ? stored.body.state : view.evolve(stored?.body.state, recorded);
  const lines = view.linesOf(after);
  const previous = again ? [...stored.body.lineIds, ...stored.body.droppedLineIds] : (stored?.body.lineIds ?? []);
  const dropped = [...new Set(previous)].filter((id) => !lines.has(id));
  const index: LinesIndex<State> | undefined =
    after === undefined ? undefined : { state: after, lineIds: [...lines.keys()], droppedLineIds: dropped };
  const changes: DocumentChange[] = [
    {
      collection: view.indexCollection,
      id: key,
      evolve: (body: object | undefined) => (index === undefined || same(body, index) ? undefined : index),
    },
    ...dropped.map((id) => ({
      collection: view.linesCollection,
      id,
      evolve: (body: object | undefined) => (body === undefined ? undefined : null),
    })),
    ...[...lines].map(([id, line]) => ({
      collection: view.linesCollection,
      id,
      evolve: (body: object | undefined) => (same(body, line) ? undefined : line),
    })),
  ];
  return readModels.change({ projection: view.projection, streamId: recorded.streamId, revision: recorded.streamRevision, changes });
};
