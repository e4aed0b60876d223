import mongoose from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { RecordedEvent } from '@kongthun/event-sourcing';
import { OrganisationRegistered, organisationStreamId, ProjectEvent, projectStreamId } from '@kongthun/grants-domain';
import { firstTrancheAccounted, organisation, PROGRAMME, PROJECT, released } from '@kongthun/grants-domain/testing';
import { ChangeStep, InMemoryReadModelStore, MongooseReadModelStore, ReadModelStore } from '@kongthun/read-models';
import { describeWithEngine } from '@kongthun/testing';
import { grantsViewProjections } from './grants-view-projections';
import { AWARDS_HELD, ORGANISATIONS } from './organisation-awards/organisation-awards-projection';
import { REPORT_DUTIES, REPORTS_DUE, REPORTS_DUE_PROJECTION, ReportsDueProjection } from './reports-due/reports-due-projection';

const registered: OrganisationRegistered = {
  type: 'grants.organisation.registered',
  data: { ...organisation, type: 'community-council', contacts: [{ personalDataRef: 'pd-1', role: 'ประธาน' }] },
};
const cancelled: ProjectEvent = {
  type: 'grants.agreement.amended',
  data: {
    projectId: PROJECT,
    awardId: 'aw-sb-001',
    amendmentId: 'am-1',
    kind: 'cancel',
    amount: '800000.00',
    endDate: '2023-09-30',
    returned: '200000.00',
    tranches: [
      { number: 1, percent: 40, amount: '400000.00', plannedOn: null },
      { number: 2, percent: 40, amount: '400000.00', plannedOn: null },
    ],
    reason: 'ยุติโครงการ',
    documentRef: 'มติ 4/2566',
    amendedOn: '2023-06-01',
    amendedBy: 'u-officer',
  },
};

const recorded = (streamId: string, events: { type: string; data: object }[]): RecordedEvent[] =>
  events.map((event, i) => ({
    id: `${streamId}-${i}`,
    streamId,
    streamRevision: BigInt(i),
    globalPosition: BigInt(i),
    type: event.type,
    schemaVersion: 1,
    data: event.data as Record<string, unknown>,
    metadata: { correlationId: 'c', causationId: null, actor: { userId: 'u-officer', role: 'grants-officer' } },
    recordedAt: '2023-06-01T03:00:00.000Z',
    hash: 'h',
  })) as unknown as RecordedEvent[];

const bodies = async (readModels: ReadModelStore, collection: string, idPrefix?: string) =>
  (await readModels.list<Record<string, unknown>>(collection, { idPrefix, limit: 100 })).map((doc) => [doc.id, doc.body]);

/** The same scenario against each adapter: what the distributed app (MongoDB) and the embedded host (memory) keep. */
const scenarios = (open: () => Promise<ReadModelStore>) => {
  let readModels: ReadModelStore;
  beforeEach(async () => {
    readModels = await open();
  });
  afterEach(() => readModels.close());

  const feed = async (events: RecordedEvent[]) => {
    for (const event of events) for (const projection of grantsViewProjections(readModels)) await projection.project(event);
  };
  const project = recorded(projectStreamId(PROJECT), [...firstTrancheAccounted(), released(2, '400000.00', ['r-1p', 'r-1e']), cancelled]);
  const organisationEvents = recorded(organisationStreamId(organisation.organisationId), [registered]);

  it("lists tranche 2's reports under their new due date once a cancellation moves it, and the same events again change nothing", async () => {
    await feed([...organisationEvents, ...project.slice(0, -1)]);
    expect((await bodies(readModels, REPORTS_DUE, `${PROGRAMME}|`)).map(([id]) => id)).toEqual([
      `${PROGRAMME}|2023-08-01|${PROJECT}|002|expense`,
      `${PROGRAMME}|2023-08-01|${PROJECT}|002|progress`,
    ]);
    await feed(project.slice(-1));
    const due = await bodies(readModels, REPORTS_DUE, `${PROGRAMME}|`);
    expect(due.map(([id]) => id)).toEqual([
      `${PROGRAMME}|2023-09-30|${PROJECT}|002|expense`,
      `${PROGRAMME}|2023-09-30|${PROJECT}|002|progress`,
    ]);
    expect(due[0][1]).toMatchObject({ organisationName: organisation.name, trancheNumber: 2, kind: 'expense', status: 'awaited' });

    const awards = await bodies(readModels, AWARDS_HELD, `${organisation.organisationId}|`);
    expect(awards).toEqual([
      [
        `${organisation.organisationId}|${PROJECT}`,
        expect.objectContaining({ amount: '800000.00', released: '800000.00', status: 'Cancelled' }),
      ],
    ]);
    expect(await bodies(readModels, ORGANISATIONS)).toEqual([
      [
        organisation.organisationId,
        { organisationId: organisation.organisationId, name: organisation.name, type: 'community-council', areaCode: '190301' },
      ],
    ]);

    await feed([...organisationEvents, ...project]);
    expect(await bodies(readModels, REPORTS_DUE, `${PROGRAMME}|`)).toEqual(due);
    expect(await bodies(readModels, AWARDS_HELD, `${organisation.organisationId}|`)).toEqual(awards);
  });
};

describe('grants views (reports due, organisations with awards), in memory', () => {
  scenarios(async () => new InMemoryReadModelStore());
});

describeWithEngine('mongo', "grants views (reports due, organisations with awards), in MongoDB (the distributed app's adapter)", (url) => {
  const dbName = `kt_test_grants_${uuidv7().replace(/-/g, '')}`;
  afterAll(async () => {
    const direct = await mongoose.createConnection(url, { dbName }).asPromise();
    await direct.dropDatabase();
    await direct.close();
  });
  scenarios(() => MongooseReadModelStore.connect({ url, dbName }));

  it('finishes an event whose index was written before a crash, its lines not, and its checkpoint not moved', async () => {
    const crashDb = `${dbName}_crash`;
    const readModels = await MongooseReadModelStore.connect({ url, dbName: crashDb });
    const direct = await mongoose.createConnection(url, { dbName: crashDb }).asPromise();
    try {
      const history = recorded(projectStreamId(PROJECT), [
        ...firstTrancheAccounted(),
        released(2, '400000.00', ['r-1p', 'r-1e']),
        cancelled,
      ]);
      const view = new ReportsDueProjection(readModels);
      for (const event of history.slice(0, -1)) await view.project(event);
      const last = history[history.length - 1];
      // The cancellation's index change alone reaches MongoDB, as when a process dies mid-step.
      const indexOnly: ReadModelStore = Object.assign(Object.create(readModels) as ReadModelStore, {
        change: (step: ChangeStep) => readModels.change({ ...step, changes: step.changes.filter((c) => c.collection === REPORT_DUTIES) }),
      });
      await new ReportsDueProjection(indexOnly).project(last);
      const at = Number(last.streamRevision);
      await direct
        .collection<{ _id: string }>(REPORT_DUTIES)
        .updateOne({ _id: PROJECT }, { $push: { marks: { s: last.streamId, r: at } } } as never);
      const checkpoint = JSON.stringify([REPORTS_DUE_PROJECTION, last.streamId]);
      await direct.collection<{ _id: string }>('read_model_checkpoints').updateOne({ _id: checkpoint }, { $set: { revision: at - 1 } });
      expect(await readModels.lastApplied(REPORTS_DUE_PROJECTION, last.streamId)).toBe(last.streamRevision - 1n);

      await view.project(last);
      expect((await bodies(readModels, REPORTS_DUE, `${PROGRAMME}|`)).map(([id]) => id)).toEqual([
        `${PROGRAMME}|2023-09-30|${PROJECT}|002|expense`,
        `${PROGRAMME}|2023-09-30|${PROJECT}|002|progress`,
      ]);
    } finally {
      await direct.dropDatabase();
      await direct.close();
      await readModels.close();
    }
  });
});
