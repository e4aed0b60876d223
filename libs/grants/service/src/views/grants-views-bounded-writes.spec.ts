import { RecordedEvent } from '@kongthun/event-sourcing';
import { ProjectEvent, projectStreamId } from '@kongthun/grants-domain';
import { awarded, released } from '@kongthun/grants-domain/testing';
import { ChangeStep, InMemoryReadModelStore, StepOutcome } from '@kongthun/read-models';
import { ReportsDueProjection } from './reports-due/reports-due-projection';
import { OrganisationAwardsProjection } from './organisation-awards/organisation-awards-projection';

/** Counts the documents a step really changes, and their size. */
class MeasuredReadModels extends InMemoryReadModelStore {
  lastWrites: { collection: string; bytes: number }[] = [];
  override async change(step: ChangeStep): Promise<StepOutcome> {
    const writes: { collection: string; bytes: number }[] = [];
    for (const change of step.changes) {
      const next = change.evolve((await this.get(change.collection, change.id))?.body);
      if (next !== undefined) writes.push({ collection: change.collection, bytes: JSON.stringify(next).length });
    }
    this.lastWrites = writes;
    return super.change(step);
  }
}

/** A project's history as another project of the same programme (same organisation, another id). */
const asProject = (projectId: string, events: ProjectEvent[]): RecordedEvent[] =>
  events.map((event, i) => ({
    id: `${projectId}-${i}`,
    streamId: projectStreamId(projectId),
    streamRevision: BigInt(i),
    globalPosition: 0n,
    type: event.type,
    schemaVersion: 1,
    data: { ...event.data, projectId } as unknown as RecordedEvent['data'],
    metadata: { correlationId: 'c', causationId: null, actor: { userId: 'u', role: 'grants-officer' } },
    recordedAt: '2023-02-01T03:00:00.000Z',
    prevHash: null,
    hash: 'h',
  }));

/** The writes of one tranche release in a programme that already has `projects` projects paid a tranche each. */
const writesOfOneMoreRelease = async (projects: number) => {
  const readModels = new MeasuredReadModels();
  const views = [new ReportsDueProjection(readModels), new OrganisationAwardsProjection(readModels)];
  const feed = async (events: RecordedEvent[]) => {
    for (const event of events) for (const view of views) await view.project(event);
  };
  for (let i = 0; i < projects; i++) await feed(asProject(`p-${String(i).padStart(4, '0')}`, [...awarded(), released(1, '400000.00')]));
  const last = asProject('p-last', [...awarded(), released(1, '400000.00')]);
  await feed(last.slice(0, -1));
  const writes: { collection: string; bytes: number }[] = [];
  for (const view of views) {
    await view.project(last[last.length - 1]);
    writes.push(...readModels.lastWrites);
  }
  return writes;
};

describe('what the reports-due and organisations views write for one event, as a programme grows', () => {
  it('a tranche release writes the same few small documents with 3 projects in the programme as with 300', async () => {
    const small = await writesOfOneMoreRelease(3);
    const large = await writesOfOneMoreRelease(300);
    // Reports due: the project's index and its two new lines; awards held: the project's index and its award line.
    expect(large.map((write) => write.collection).sort()).toEqual(small.map((write) => write.collection).sort());
    expect(large).toHaveLength(5);
    expect(large.map((write) => write.bytes)).toEqual(small.map((write) => write.bytes));
    for (const write of large) expect(write.bytes).toBeLessThan(2_048);
  });
});
