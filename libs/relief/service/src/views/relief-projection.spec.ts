import { InMemoryEventStore, LogCheckpoint, RecordedEvent } from '@kongthun/event-sourcing';
import { ChangeStep, InMemoryReadModelStore, ReadModelStore, StepOutcome } from '@kongthun/read-models';
import { reliefServices, STORY_ACTORS } from '../testing/relief-story';
import { ReliefProjection } from './relief-projection';
import {
  DashboardDocument,
  householdDocumentId,
  HouseholdDocument,
  RELIEF_VIEW_COLLECTIONS,
  RELIEF_VIEWS_PROJECTION,
  RunPaymentsDocument,
} from './relief-read-models';

const { officer, chair, member } = STORY_ACTORS;
const HASH_KEY = 'projection-spec-hash-key-32-bytes!';
const DECLARATION = 'views-flood';

const citizenId = (n: number): string => {
  const base = `1${String(n).padStart(11, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};
const houseNo = (i: number) => String(86010100000 + i);

/**
 * A declaration of `households` households over several buckets: registered and assessed by CSV
 * (house repair 20,000 + the 10-day band 9,000), one run exported, its first three lines failed by
 * the bank, then one paid payment reversed. Returns the log and the reversed household's number.
 */
const story = async (households: number) => {
  const store = new InMemoryEventStore();
  const relief = reliefServices(HASH_KEY, store);
  relief.setDay('2025-11-21');
  await relief.declarations.execute(DECLARATION, officer, {
    type: 'DeclareZone',
    data: {
      declarationId: DECLARATION,
      name: 'อุทกภัยตำบลท่าตะเภา',
      disasterType: 'flood',
      areaCodes: ['860101'],
      disasterDate: '2025-11-20',
      from: '2025-11-20',
      until: '2026-02-20',
      documentRef: 'ชพ 17/2568',
      expectedHouseholds: 2_500,
    },
  });
  const rows = [...Array(households).keys()];
  const registrations = rows.map(
    (i) => `${houseNo(i)},86010101,${citizenId(i + 1)},pd-${i},,,cert-1,${citizenId(900_000)},meeting-1,bank-transfer,${2_000_000_000 + i}`,
  );
  await relief.imports.registrations(
    DECLARATION,
    officer,
    await relief.upload(
      `house_registration_no,village_code,head_citizen_id,head_ref,member_citizen_ids,member_refs,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account\n${registrations.join('\n')}\n`,
    ),
  );
  await relief.imports.assessments(
    DECLARATION,
    officer,
    await relief.upload(
      `house_registration_no,assessment_id,flood_days,items\n${rows.map((i) => `${houseNo(i)},as-${i},10,house-repair:1:20000.00`).join('\n')}\n`,
    ),
  );
  relief.setDay('2025-12-01');
  await relief.runs.create(officer, {
    runId: 'run-1',
    declarationId: DECLARATION,
    programmeId: DECLARATION,
    sourceName: 'กองทุน',
    method: 'bank-transfer',
    controlTotals: { count: households, amount: `${29_000 * households}.00` },
  });
  await relief.runs.dryRun('run-1', officer);
  for (const approver of [chair, member, { ...member, userId: 'secretary-cp' }]) {
    const { run } = await relief.runs.run('run-1', officer);
    if (run.status === 'Created') await relief.runs.approve('run-1', approver);
  }
  let file = '';
  await relief.runs.exportBankFile('run-1', officer, (chunk) => {
    file += chunk;
  });
  const lines = file
    .split('\n')
    .filter((line) => line.startsWith('D,'))
    .map((line) => line.split(','));
  const results = lines.map(
    ([, reference, , amount], n) => `${reference},${amount},${n < 3 ? 'FAILED,ACCOUNT CLOSED' : 'SUCCESS,'},2025-12-02`,
  );
  await relief.imports.results('run-1', officer, await relief.upload(`reference,amount,status,reason,value_date\n${results.join('\n')}\n`));
  relief.setDay('2025-12-05');
  const reversedReference = lines[3][1];
  await relief.households.reverse(DECLARATION, officer, reversedReference, 'rv-1', 'โอนผิดบัญชี');
  const events: RecordedEvent[] = [];
  for (let after: LogCheckpoint | undefined; ;) {
    const batch = await store.readAll({ maxCount: 1000, ...(after === undefined ? {} : { after }) });
    if (batch.length === 0) break;
    events.push(...batch.map((entry) => entry.event));
    after = batch[batch.length - 1].checkpoint;
  }
  return { events, relief, reversedReference };
};

/** Every document the views hold, for comparing two projections of the same log. */
const snapshot = async (readModels: ReadModelStore, householdIds: string[]) => ({
  dashboard: (await readModels.get<DashboardDocument>(RELIEF_VIEW_COLLECTIONS.dashboards, DECLARATION))?.body,
  run: (await readModels.get<RunPaymentsDocument>(RELIEF_VIEW_COLLECTIONS.runPayments, 'run-1'))?.body,
  households: await Promise.all(
    householdIds.map(
      async (id) =>
        (await readModels.get<HouseholdDocument>(RELIEF_VIEW_COLLECTIONS.households, householdDocumentId(DECLARATION, id)))?.body,
    ),
  ),
});

/** Counts the documents each step changes, and can fail one step halfway (its households written, nothing else). */
class ObservedReadModels extends InMemoryReadModelStore {
  readonly changesPerStep: { type: string; changes: number }[] = [];
  crashAt?: { streamId: string; revision: bigint };
  crashed = false;

  override async change(step: ChangeStep): Promise<StepOutcome> {
    if (this.crashAt?.streamId === step.streamId && this.crashAt.revision === step.revision) {
      this.crashAt = undefined;
      // The household documents reached the store, the dashboard, the run and the checkpoint did not.
      await super.change({
        ...step,
        // Under a projection of its own, so the store takes the documents without moving the views' checkpoint.
        projection: `${RELIEF_VIEWS_PROJECTION}-crashed`,
        revision: 0n,
        changes: step.changes.filter((change) => change.collection === RELIEF_VIEW_COLLECTIONS.households),
      });
      this.crashed = true;
      throw new Error('crashed between the households and the counts');
    }
    this.changesPerStep.push({ type: step.streamId, changes: step.changes.length });
    return super.change(step);
  }
}

describe('relief views, projected from the household bucket streams', () => {
  let log: Awaited<ReturnType<typeof story>>;
  beforeAll(async () => {
    log = await story(40);
  });
  const householdIds = () => [...Array(40).keys()].map((i) => log.relief.households.householdId(houseNo(i)));

  it('count households registered, assessed and paid, and amounts entitled and paid by item', async () => {
    const readModels = new InMemoryReadModelStore();
    const projection = new ReliefProjection(readModels);
    for (const event of log.events) await projection.project(event);
    const { dashboard, run } = await snapshot(readModels, []);
    // 40 paid by the bank, 3 of them failed, 1 reversed afterwards: 36 paid.
    expect(dashboard).toEqual({
      declarationId: DECLARATION,
      registered: 40,
      assessed: 40,
      paid: 36,
      byItem: expect.arrayContaining([
        { item: 'house-repair', households: 40, entitled: '800000.00', paid: '720000.00' },
        { item: 'flood-duration', households: 40, entitled: '360000.00', paid: '324000.00' },
      ]),
    });
    expect(run?.byStatus).toEqual({
      paid: { count: 36, amount: '1044000.00' },
      failed: { count: 3, amount: '87000.00' },
      reversed: { count: 1, amount: '29000.00' },
    });
  });

  it("keep each household's timeline in its own document, in the order things happened", async () => {
    const readModels = new InMemoryReadModelStore();
    const projection = new ReliefProjection(readModels);
    for (const event of log.events) await projection.project(event);
    const { households } = await snapshot(readModels, householdIds());
    const reversed = households.find((household) => household?.attempts.some((attempt) => attempt.reference === log.reversedReference));
    expect(reversed?.entries.map((entry) => entry.type)).toEqual([
      'relief.households.registered',
      'relief.households.assessed',
      'relief.payments.issued',
      'relief.payments.settled',
      'relief.payment.reversed',
    ]);
    expect(households.every((household) => household !== undefined && household.entries.length >= 4)).toBe(true);
  });

  it('count each event once when the log is delivered twice', async () => {
    const readModels = new InMemoryReadModelStore();
    const projection = new ReliefProjection(readModels);
    for (const event of log.events) await projection.project(event);
    const once = await snapshot(readModels, householdIds());
    const again = [];
    for (const event of log.events) again.push(await projection.project(event));
    expect(new Set(again)).toEqual(new Set(['already-applied', 'not-a-view-event']));
    expect(await snapshot(readModels, householdIds())).toEqual(once);
  });

  it('count an event once when it comes again after a crash that wrote its households but not the counts', async () => {
    const steady = new InMemoryReadModelStore();
    for (const event of log.events) await new ReliefProjection(steady).project(event);
    const crashing = new ObservedReadModels();
    const projection = new ReliefProjection(crashing);
    const settled = log.events.find((event) => event.type === 'relief.payments.settled') as RecordedEvent;
    crashing.crashAt = { streamId: settled.streamId, revision: settled.streamRevision };
    for (const event of log.events) {
      await projection.project(event).catch(() => projection.project(event));
    }
    expect(crashing.crashed).toBe(true);
    expect(await snapshot(crashing, householdIds())).toEqual(await snapshot(steady, householdIds()));
  });

  it('write, per event, at most the households it names plus the dashboard and one document per run', async () => {
    const readModels = new ObservedReadModels();
    const projection = new ReliefProjection(readModels);
    const named = (event: RecordedEvent) => {
      const data = event.data as { households?: unknown[]; assessments?: unknown[]; payments?: unknown[] };
      return (data.households ?? data.assessments ?? data.payments ?? [undefined]).length;
    };
    for (const event of log.events) {
      const before = readModels.changesPerStep.length;
      await projection.project(event);
      for (const step of readModels.changesPerStep.slice(before)) expect(step.changes).toBeLessThanOrEqual(named(event) + 2);
    }
  });

  it("keep the dashboard and a household's document the same size whatever the declaration's households", async () => {
    const small = new InMemoryReadModelStore();
    for (const event of (await story(5)).events) await new ReliefProjection(small).project(event);
    const large = new InMemoryReadModelStore();
    for (const event of log.events) await new ReliefProjection(large).project(event);
    const size = async (readModels: ReadModelStore, collection: string, id: string) =>
      JSON.stringify((await readModels.get(collection, id))?.body).length;
    const dashboard = RELIEF_VIEW_COLLECTIONS.dashboards;
    // Only the digits of the counts and amounts grow.
    expect((await size(large, dashboard, DECLARATION)) - (await size(small, dashboard, DECLARATION))).toBeLessThan(32);
    // The largest household document (the one paid and then reversed) is the same in both.
    const largest = async (readModels: ReadModelStore, households: number) => {
      const ids = [...Array(households).keys()].map((i) => householdDocumentId(DECLARATION, log.relief.households.householdId(houseNo(i))));
      return Math.max(...(await Promise.all(ids.map((id) => size(readModels, RELIEF_VIEW_COLLECTIONS.households, id)))));
    };
    expect(await largest(large, 40)).toBeLessThan((await largest(small, 5)) + 64);
  });
});
