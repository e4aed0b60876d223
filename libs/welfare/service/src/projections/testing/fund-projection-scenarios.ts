import { fold, RecordedEvent } from '@kongthun/event-sourcing';
import { ReadModelGapError, ReadModelStore, StoredDocument } from '@kongthun/read-models';
import { dateOfInstant, FUND_EVENT_TYPES, fundDecider, RegisteredFund } from '@kongthun/welfare-domain';
import { fundEventCodec, fundStreamId } from '../../commands/fund-event-codec';
import { claimsQueue, fundOverview, memberStatement, threePartyReport } from '../../queries/fund-views';
import { FundProjection } from '../fund-projection';
import { ALL_FUND_VIEW_COLLECTIONS, FUND_VIEWS_PROJECTION } from '../fund-read-models';
import { FundViewReader } from '../fund-view-reader';
import { SAMPLE_FUND_ID, sampleFundHistory } from './sample-fund-history';

export interface ProjectionEngine {
  open(): Promise<ReadModelStore>;
  /**
   * Puts the store where a crash between an event's documents and its checkpoint leaves it: the
   * documents it changed still marked with it, the checkpoint one revision back.
   */
  crashBeforeCheckpoint?(streamId: string, revision: bigint): Promise<void>;
}

const MEMBERS = ['m-1', 'm-2', 'm-3', 'm-4'];
const FISCAL_YEARS = [2567, 2568];
const STREAM = fundStreamId(SAMPLE_FUND_ID);
/** Days views are read on: under the first rules, under the second, and today. */
const DAYS = ['2024-06-15', '2025-02-10', dateOfInstant(new Date().toISOString())];

/** The views as the service answered them before read models: folded from the stream per request. */
const foldedViews = (events: RecordedEvent[], today: string) => {
  const fund = fold(
    fundDecider,
    events.map((event) => fundEventCodec.decode(event)),
  ) as RegisteredFund;
  return {
    overview: fundOverview(fund),
    statements: MEMBERS.filter((memberId) => fund.members.has(memberId)).map((memberId) => memberStatement(fund, memberId, today)),
    queue: claimsQueue(fund),
    threeParty: FISCAL_YEARS.map((year) => threePartyReport(fund, year, today)),
  };
};

/**
 * Given/then scenarios of the fund views projection, run against every read-model adapter: the
 * views equal the per-request fold they replace, and replays, gaps, rebuilds and crashes behave.
 */
export const fundProjectionScenarios = (engine: ProjectionEngine): void => {
  let history: RecordedEvent[];
  let store: ReadModelStore;
  let projection: FundProjection;
  let reader: FundViewReader;

  beforeAll(async () => {
    history = await sampleFundHistory();
    store = await engine.open();
    projection = new FundProjection(store);
    reader = new FundViewReader(store);
  });
  beforeEach(() => projection.drop());
  afterAll(() => store?.close());

  const given = async (events: RecordedEvent[]) => {
    const outcomes = [];
    for (const event of events) outcomes.push(await projection.project(event));
    return outcomes;
  };
  const projectedViews = async (today: string) => {
    const fund = await reader.fund(SAMPLE_FUND_ID);
    const statements = [];
    for (const memberId of MEMBERS)
      statements.push(await reader.statement(fund, memberId, today).catch((error: { code?: string }) => error.code));
    return {
      overview: fund.overview,
      statements: statements.filter((statement) => statement !== 'member.not-found'),
      queue: await reader.claimsQueue(fund),
      threeParty: await Promise.all(FISCAL_YEARS.map((year) => reader.threeParty(fund, year, today))),
    };
  };
  /** Every document the projection wrote, by collection, with the event that last changed it. */
  const documents = async () => {
    const all: Record<string, StoredDocument[]> = {};
    for (const collection of ALL_FUND_VIEW_COLLECTIONS) all[collection] = await store.list(collection, { limit: 1_000 });
    return all;
  };

  it('uses a history with an event of every type a fund stream can hold', () => {
    expect([...new Set(history.map((event) => event.type))].sort()).toEqual([...FUND_EVENT_TYPES].sort());
  });

  it('serves, on any day, the same views as folding the whole stream', async () => {
    expect(await given(history)).toEqual(history.map(() => 'applied'));
    for (const day of DAYS) expect({ day, ...(await projectedViews(day)) }).toEqual({ day, ...foldedViews(history, day) });
  });

  it('after each event, serves the views of the stream up to that event', async () => {
    for (const [i, event] of history.entries()) {
      await given([event]);
      expect({ revision: i, ...(await projectedViews(DAYS[2])) }).toEqual({
        revision: i,
        ...foldedViews(history.slice(0, i + 1), DAYS[2]),
      });
    }
  });

  it('changes nothing when every event is delivered a second time', async () => {
    await given(history);
    const before = await documents();
    expect(await given(history)).toEqual(history.map(() => 'already-applied'));
    expect(await documents()).toEqual(before);
    expect(await store.lastApplied(FUND_VIEWS_PROJECTION, STREAM)).toBe(BigInt(history.length - 1));
  });

  it('refuses an event that arrives after a gap, moves nothing, and goes on once the missing one arrives', async () => {
    const submitted = history.findIndex((event) => event.type === 'welfare.claim.submitted');
    await given(history.slice(0, submitted));
    await expect(projection.project(history[submitted + 1])).rejects.toBeInstanceOf(ReadModelGapError);
    expect(await store.lastApplied(FUND_VIEWS_PROJECTION, STREAM)).toBe(BigInt(submitted - 1));
    expect(await reader.claimsQueue(await reader.fund(SAMPLE_FUND_ID))).toEqual([]);
    expect(await given(history.slice(submitted, submitted + 2))).toEqual(['applied', 'applied']);
    expect(await reader.claimsQueue(await reader.fund(SAMPLE_FUND_ID))).toEqual([
      expect.objectContaining({ claimId: 'c-1', approverIds: ['somchai'] }),
    ]);
  });

  it("serves the same views when the fund's events come from many streams, interleaved across them", async () => {
    // A cut like the write side's: a stream per member (their claims and payouts too), the rest
    // in one; each stream in order, the streams round-robin with the registration's one last.
    const claimants = new Map<string, string>();
    const streams = new Map<string, RecordedEvent[]>();
    for (const event of history) {
      const data = event.data as { memberId?: string; claimId?: string };
      if (data.claimId !== undefined && data.memberId !== undefined) claimants.set(data.claimId, data.memberId);
      const memberId = data.memberId ?? (data.claimId === undefined ? undefined : claimants.get(data.claimId));
      const streamId = memberId === undefined ? `welfare-governance-${SAMPLE_FUND_ID}` : `welfare-member-${SAMPLE_FUND_ID}-${memberId}`;
      const stream = streams.get(streamId) ?? [];
      stream.push({ ...event, streamId, streamRevision: BigInt(stream.length) });
      streams.set(streamId, stream);
    }
    const queues = [...streams.values()].reverse();
    const interleaved: RecordedEvent[] = [];
    while (queues.some((queue) => queue.length > 0)) for (const queue of queues) if (queue.length > 0) interleaved.push(queue.shift()!);
    expect(interleaved[0].type).not.toBe('welfare.fund.registered');
    expect(await given(interleaved)).toEqual(interleaved.map(() => 'applied'));
    for (const day of DAYS) expect({ day, ...(await projectedViews(day)) }).toEqual({ day, ...foldedViews(history, day) });
  });

  it('rebuilds the same documents after the views are dropped and the log replayed', async () => {
    await given(history);
    const built = await documents();
    await projection.drop();
    await expect(reader.fund(SAMPLE_FUND_ID)).rejects.toMatchObject({ code: 'fund.not-found' });
    await given(history);
    expect(await documents()).toEqual(built);
  });

  it("takes a claim off the queue once approved, and shows it approved on the member's statement", async () => {
    const approved = history.findIndex((event) => event.type === 'welfare.claim.approved');
    await given(history.slice(0, approved));
    const fund = await reader.fund(SAMPLE_FUND_ID);
    expect(await reader.claimsQueue(fund)).toEqual([expect.objectContaining({ claimId: 'c-1', approverIds: ['somchai', 'prasert'] })]);
    await given([history[approved]]);
    expect(await reader.claimsQueue(fund)).toEqual([]);
    expect((await reader.statement(fund, 'm-1', DAYS[0])).claims).toEqual([
      expect.objectContaining({ claimId: 'c-1', status: 'approved', payout: null }),
    ]);
  });

  it('leaves events of other streams alone', async () => {
    const other = { ...history[0], streamId: 'grants-project-x', type: 'grants.project.registered' };
    expect(await projection.project(other)).toBe('not-a-fund-event');
    expect(await store.lastApplied(FUND_VIEWS_PROJECTION, other.streamId)).toBeUndefined();
  });

  it('passes over a welfare event of a type no view knows (a newer one), and goes on with the next', async () => {
    await given(history.slice(0, 1));
    const before = await documents();
    const teleported = { ...history[1], type: 'welfare.member.teleported', data: { fundId: SAMPLE_FUND_ID, memberId: 'm-1' } };
    expect(await projection.project(teleported)).toBe('applied');
    expect(await documents()).toEqual(before);
    expect(await store.lastApplied(FUND_VIEWS_PROJECTION, STREAM)).toBe(1n);
    expect(await given(history.slice(2, 3))).toEqual(['applied']);
  });

  it('refuses a claim event whose claim it has not seen submitted, rather than lose it', async () => {
    const approval = history.findIndex((event) => event.type === 'welfare.claim.approval-recorded');
    await given(history.slice(0, approval));
    const unknown = { ...history[approval], data: { ...history[approval].data, claimId: 'c-unknown' } };
    await expect(projection.project(unknown)).rejects.toThrow('c-unknown');
    expect(await store.lastApplied(FUND_VIEWS_PROJECTION, STREAM)).toBe(BigInt(approval - 1));
  });

  (engine.crashBeforeCheckpoint ? it : it.skip)(
    'completes any event whose documents a crash left changed but not checkpointed, changing none twice',
    async () => {
      // Creations, a status move, a running total, a deletion from the queue, a reversal.
      const crashing = [
        'welfare.fund.registered',
        'welfare.member.died',
        'welfare.contribution.recorded',
        'welfare.claim.approved',
        'welfare.payout.reversed',
      ];
      const firsts = new Set(crashing.map((type) => history.findIndex((event) => event.type === type)));
      for (const [i, event] of history.entries()) {
        if (!firsts.has(i)) {
          await given([event]);
          continue;
        }
        await given([event]);
        const complete = await documents();
        await engine.crashBeforeCheckpoint?.(STREAM, BigInt(i));
        expect({ i, outcome: await projection.project(event) }).toEqual({ i, outcome: 'applied' });
        expect(await store.lastApplied(FUND_VIEWS_PROJECTION, STREAM)).toBe(BigInt(i));
        expect({ i, documents: await documents() }).toEqual({ i, documents: complete });
      }
    },
  );
};
