import { v7 as uuidv7 } from 'uuid';
import { EventStore, InMemoryEventStore, ReadStreamOptions } from '@kongthun/event-sourcing';
import { budgetStreamId, ProjectEvent, programmeStreamId, projectStreamId } from '@kongthun/grants-domain';
import { allocated, awarded, budgetOpened, released, reserved, rules } from '@kongthun/grants-domain/testing';
import { GrantsCommandHandler } from '../commands/grants-command-handler';
import { openIatiExport } from './iati-export';

/** The store as the export sees it, noting every stream it reads and refusing to scan the log. */
class ReadsNoted extends InMemoryEventStore {
  readonly streamsRead: string[] = [];
  override readStream(streamId: string, options?: ReadStreamOptions) {
    this.streamsRead.push(streamId);
    return super.readStream(streamId, options);
  }
  override readAll(): never {
    throw new Error('the export must not scan the event log');
  }
}

const metadata = { correlationId: 'c', causationId: null, actor: { userId: 'u', role: 'grants-officer' } };
const put = (store: EventStore, streamId: string, events: { type: string; data: object }[]) =>
  store.appendToStream(
    streamId,
    events.map((event) => ({ id: uuidv7(), type: event.type, schemaVersion: 1, data: event.data as never, metadata })),
    'no-stream',
  );
const asProject = (projectId: string, events: ProjectEvent[]) => events.map((event) => ({ ...event, data: { ...event.data, projectId } }));
const ids = (count: number, prefix = 'p') => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

/** A programme year with `projects` awarded projects, and as many of another programme that must not be read. */
const programmeWith = async (projects: number) => {
  const store = new ReadsNoted();
  const programme = { programmeId: 'codi-saraburi', name: 'สระบุรี', funder: 'พอช.', areaCodes: ['19'], rules: rules() };
  await put(store, programmeStreamId('codi-saraburi'), [{ type: 'grants.programme.registered', data: programme }]);
  await put(store, budgetStreamId('codi-saraburi', 2566), [
    budgetOpened(),
    allocated(),
    ...ids(projects).map((id) => reserved(id, '1000000.00')),
  ]);
  for (const id of [...ids(projects), ...ids(projects, 'elsewhere')])
    await put(store, projectStreamId(id), asProject(id, [...awarded(), released(1, '400000.00')]));
  const handler = new GrantsCommandHandler(store, () => new Date('2023-05-01T03:00:00Z'));
  const chunks = await openIatiExport(store, handler, { userId: 'a', role: 'admin', scope: {} }, 'codi-saraburi', 2566);
  return { store, chunks: chunks[Symbol.asyncIterator]() };
};

describe('what the IATI export reads, as a programme grows', () => {
  it('reads the programme, its budget year and each of its awarded projects once, and no other stream', async () => {
    const { store, chunks } = await programmeWith(3);
    const sizes: number[] = [];
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) sizes.push(next.value.length);
    expect(store.streamsRead).toEqual([
      programmeStreamId('codi-saraburi'),
      budgetStreamId('codi-saraburi', 2566),
      ...ids(3).map(projectStreamId),
    ]);
    expect(sizes).toHaveLength(1 + 3 + 1 + 1); // opening, one per project, the programme year, closing
  });

  it('sends each project as it is read: with 300 projects, the first is out after reading one project stream', async () => {
    const { store, chunks } = await programmeWith(300);
    await chunks.next(); // the opening
    const first = await chunks.next();
    expect(first.value).toContain('<iati-identifier>XX-KONGTHUN-CODI-codi-saraburi-2566-p-0000</iati-identifier>');
    expect(store.streamsRead).toHaveLength(3);
  });

  it('writes a project the same size with 3 projects in the programme as with 300', async () => {
    const secondChunk = async (projects: number) => {
      const { chunks } = await programmeWith(projects);
      await chunks.next();
      return ((await chunks.next()).value as string).length;
    };
    expect(await secondChunk(300)).toBe(await secondChunk(3));
  });
});
