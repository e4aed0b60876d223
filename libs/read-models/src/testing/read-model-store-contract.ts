import { v7 as uuidv7 } from 'uuid';
import { ChangeStep, DocumentChange, ProjectionStep, ReadModelStore } from '../store/read-model-store';
import { ReadModelGapError } from '../store/stream-order';

/** A body with everything JSON can hold, Thai text and empty containers included. */
const richBody = {
  name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
  balance: '1234.50',
  count: 3,
  ratio: 0.25,
  active: true,
  closedOn: null,
  counts: {},
  approverIds: [],
  rows: [{ source: 'local-government', gap: '-10.00' }],
};

/** The one suite every ReadModelStore adapter must pass. */
export const readModelStoreContract = (open: () => Promise<ReadModelStore>): void => {
  let store: ReadModelStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(() => store.close());

  // Names no other test (or earlier run against the same database) used.
  const unique = (what: string) => `${what}-${uuidv7()}`;
  const step = (projection: string, streamId: string, revision: bigint, writes: ProjectionStep['writes']): ProjectionStep => ({
    projection,
    streamId,
    revision,
    writes,
  });

  it('knows nothing of a document or a stream before the first step', async () => {
    expect(await store.get(unique('views'), 'x')).toBeUndefined();
    expect(await store.lastApplied(unique('projection'), 's')).toBeUndefined();
  });

  it("writes a step's documents as JSON, stamped with the stream and revision, and moves the checkpoint", async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    expect(
      await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'fund-1', body: { ...richBody, dropped: undefined } }])),
    ).toBe('applied');
    expect(await store.get(views, 'fund-1')).toEqual({ id: 'fund-1', streamId: stream, revision: 0n, body: richBody });
    expect(await store.lastApplied(projection, stream)).toBe(0n);
  });

  it('applies the same revision twice as a no-op, even if the second delivery would write otherwise', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 0 } }]));
    await store.apply(step(projection, stream, 1n, [{ collection: views, id: 'a', body: { n: 1 } }]));
    expect(
      await store.apply(
        step(projection, stream, 1n, [
          { collection: views, id: 'a', body: { n: 99 } },
          { collection: views, id: 'b', body: {} },
        ]),
      ),
    ).toBe('already-applied');
    expect(await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 98 } }]))).toBe('already-applied');
    expect((await store.get(views, 'a'))?.body).toEqual({ n: 1 });
    expect(await store.get(views, 'b')).toBeUndefined();
    expect(await store.lastApplied(projection, stream)).toBe(1n);
  });

  it("refuses a gap in the stream's revisions and writes nothing", async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    await expect(store.apply(step(projection, stream, 1n, [{ collection: views, id: 'a', body: { n: 1 } }]))).rejects.toBeInstanceOf(
      ReadModelGapError,
    );
    await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 0 } }]));
    const gap = await store
      .apply(step(projection, stream, 2n, [{ collection: views, id: 'a', body: { n: 2 } }]))
      .catch((error: unknown) => error);
    expect(gap).toBeInstanceOf(ReadModelGapError);
    expect(gap).toMatchObject({ code: 'read-model.gap', streamId: stream, lastApplied: 0n, revision: 2n });
    expect(await store.get(views, 'a')).toMatchObject({ revision: 0n, body: { n: 0 } });
    expect(await store.lastApplied(projection, stream)).toBe(0n);
  });

  it('keeps a document a later step did not rewrite at the revision that wrote it', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    await store.apply(
      step(projection, stream, 0n, [
        { collection: views, id: 'fund', body: { v: 0 } },
        { collection: views, id: 'member', body: { v: 0 } },
      ]),
    );
    await store.apply(step(projection, stream, 1n, [{ collection: views, id: 'fund', body: { v: 1 } }]));
    expect(await store.get(views, 'fund')).toMatchObject({ revision: 1n, body: { v: 1 } });
    expect(await store.get(views, 'member')).toMatchObject({ revision: 0n, body: { v: 0 } });
  });

  it('never takes a document back to an earlier revision, whoever writes it', async () => {
    // A slower applier of the same stream (a consumer that lost its partition mid-step) is played
    // here by a second projection whose checkpoint is behind: its step must leave the newer document.
    const [ahead, behind, views, stream] = [unique('ahead'), unique('behind'), unique('views'), unique('stream')];
    await store.apply(step(ahead, stream, 0n, [{ collection: views, id: 'doc', body: { v: 0 } }]));
    await store.apply(step(ahead, stream, 1n, [{ collection: views, id: 'doc', body: { v: 1 } }]));
    expect(
      await store.apply(
        step(behind, stream, 0n, [
          { collection: views, id: 'doc', body: { v: 'stale' } },
          { collection: views, id: 'other', body: { v: 0 } },
        ]),
      ),
    ).toBe('applied');
    expect(await store.get(views, 'doc')).toMatchObject({ revision: 1n, body: { v: 1 } });
    expect(await store.get(views, 'other')).toMatchObject({ revision: 0n, body: { v: 0 } });
  });

  it('keeps checkpoints per projection and per stream', async () => {
    const [p1, p2, views, s1, s2] = [unique('p1'), unique('p2'), unique('views'), unique('s1'), unique('s2')];
    await store.apply(step(p1, s1, 0n, [{ collection: views, id: 's1', body: {} }]));
    await store.apply(step(p1, s1, 1n, [{ collection: views, id: 's1', body: {} }]));
    await store.apply(step(p1, s2, 0n, [{ collection: views, id: 's2', body: {} }]));
    expect([await store.lastApplied(p1, s1), await store.lastApplied(p1, s2), await store.lastApplied(p2, s1)]).toEqual([
      1n,
      0n,
      undefined,
    ]);
  });

  it('applies a step delivered twice at once exactly once', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    const twice = step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 0 } }]);
    const outcomes = await Promise.all([store.apply(twice), store.apply(twice)]);
    expect(outcomes.sort()).toEqual(['already-applied', 'applied']);
    expect(await store.lastApplied(projection, stream)).toBe(0n);
  });

  it('refuses a body that is not JSON before writing anything', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    const writes = [
      { collection: views, id: 'ok', body: { n: 1 } },
      { collection: views, id: 'bad', body: { amount: 100n } },
    ];
    await expect(store.apply(step(projection, stream, 0n, writes))).rejects.toThrow(TypeError);
    expect(await store.get(views, 'ok')).toBeUndefined();
    expect(await store.lastApplied(projection, stream)).toBeUndefined();
  });

  it("drops a projection's documents and checkpoints, and only its own, so it can be rebuilt", async () => {
    const [projection, other, views, otherViews, stream] = [
      unique('p'),
      unique('other'),
      unique('views'),
      unique('other-views'),
      unique('stream'),
    ];
    await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 0 } }]));
    await store.apply(step(other, stream, 0n, [{ collection: otherViews, id: 'a', body: { n: 0 } }]));
    await store.drop(projection, [views]);
    expect(await store.get(views, 'a')).toBeUndefined();
    expect(await store.lastApplied(projection, stream)).toBeUndefined();
    expect(await store.get(otherViews, 'a')).toMatchObject({ body: { n: 0 } });
    expect(await store.lastApplied(other, stream)).toBe(0n);
    expect(await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body: { n: 'rebuilt' } }]))).toBe('applied');
    expect((await store.get(views, 'a'))?.body).toEqual({ n: 'rebuilt' });
  });

  it('lists a collection in id order, by prefix, a page at a time after the last id seen', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    const ids = ['fund-b/m-2', 'fund-a/m-1', 'fund-b/m-1', 'fund-b/m-3', 'fund-c/m-1'];
    await store.apply(
      step(
        projection,
        stream,
        0n,
        ids.map((id) => ({ collection: views, id, body: { id } })),
      ),
    );
    const page = async (after?: string) =>
      (await store.list<{ id: string }>(views, { idPrefix: 'fund-b/', after, limit: 2 })).map((document) => document.body.id);
    expect(await page()).toEqual(['fund-b/m-1', 'fund-b/m-2']);
    expect(await page('fund-b/m-2')).toEqual(['fund-b/m-3']);
    expect(await page('fund-b/m-3')).toEqual([]);
    const all = await store.list(views, { limit: 10 });
    expect(all.map((document) => document.id)).toEqual([...ids].sort());
    expect(all[0]).toEqual({ id: 'fund-a/m-1', streamId: stream, revision: 0n, body: { id: 'fund-a/m-1' } });
    expect(await store.list(unique('empty'), { limit: 5 })).toEqual([]);
  });

  it('hands out copies: changing what get returned changes nothing stored', async () => {
    const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
    const body = { list: [1] };
    await store.apply(step(projection, stream, 0n, [{ collection: views, id: 'a', body }]));
    body.list.push(2);
    const read = await store.get<{ list: number[] }>(views, 'a');
    read?.body.list.push(3);
    expect((await store.get(views, 'a'))?.body).toEqual({ list: [1] });
  });

  describe('change steps: documents many streams feed', () => {
    type Tally = { n: number; by: string[] };
    const add = (collection: string, id: string, n: number, by: string): DocumentChange<Tally> => ({
      collection,
      id,
      evolve: (body) => ({ n: (body?.n ?? 0) + n, by: [...(body?.by ?? []), by] }),
    });
    const changeStep = (projection: string, streamId: string, revision: bigint, changes: DocumentChange<Tally>[]): ChangeStep => ({
      projection,
      streamId,
      revision,
      changes,
    });

    it('changes each document from what it holds, creates one that is absent, deletes on null, leaves it on undefined', async () => {
      const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
      expect(await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 2, 'e0'), add(views, 'b', 1, 'e0')]))).toBe('applied');
      await store.change(
        changeStep(projection, stream, 1n, [
          add(views, 'a', 3, 'e1'),
          { collection: views, id: 'b', evolve: () => null },
          { collection: views, id: 'c', evolve: () => undefined },
        ]),
      );
      expect((await store.get(views, 'a'))?.body).toEqual({ n: 5, by: ['e0', 'e1'] });
      expect(await store.get(views, 'b')).toBeUndefined();
      expect(await store.get(views, 'c')).toBeUndefined();
      expect((await store.list(views, { limit: 10 })).map((document) => document.id)).toEqual(['a']);
      expect(await store.lastApplied(projection, stream)).toBe(1n);
    });

    it('applies a redelivered event as a no-op and refuses one past a gap, changing nothing', async () => {
      const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
      await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 1, 'e0')]));
      expect(await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 1, 'e0')]))).toBe('already-applied');
      await expect(store.change(changeStep(projection, stream, 2n, [add(views, 'a', 1, 'e2')]))).rejects.toBeInstanceOf(ReadModelGapError);
      expect((await store.get(views, 'a'))?.body).toEqual({ n: 1, by: ['e0'] });
      expect(await store.lastApplied(projection, stream)).toBe(0n);
    });

    it('loses no change when many streams change one document at the same time', async () => {
      const [projection, views] = [unique('p'), unique('views')];
      const streams = ['s-1', 's-2', 's-3', 's-4'].map(unique);
      await Promise.all(
        streams.map(async (stream) => {
          for (let revision = 0n; revision < 10n; revision++)
            await store.change(changeStep(projection, stream, revision, [add(views, 'total', 1, `${stream}@${revision}`)]));
        }),
      );
      const total = await store.get<Tally>(views, 'total');
      expect(total?.body.n).toBe(40);
      for (const stream of streams)
        expect(total?.body.by.filter((by) => by.startsWith(stream))).toEqual([...Array(10).keys()].map((i) => `${stream}@${i}`));
    });

    it('refuses a step that changes one document twice, before changing anything', async () => {
      const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
      await expect(store.change(changeStep(projection, stream, 0n, [add(views, 'a', 1, 'x'), add(views, 'a', 1, 'y')]))).rejects.toThrow(
        'changes a document twice',
      );
      expect(await store.get(views, 'a')).toBeUndefined();
      expect(await store.lastApplied(projection, stream)).toBeUndefined();
    });

    it('writes nothing of a step one of whose changes throws, and keeps the checkpoint where it was', async () => {
      const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
      await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 1, 'e0')]));
      const waiting = {
        collection: views,
        id: 'b',
        evolve: (): Tally => {
          throw new Error('member not projected yet');
        },
      };
      await expect(store.change(changeStep(projection, stream, 1n, [add(views, 'a', 1, 'e1'), waiting]))).rejects.toThrow('not projected');
      expect((await store.get(views, 'a'))?.body).toEqual({ n: 1, by: ['e0'] });
      expect(await store.lastApplied(projection, stream)).toBe(0n);
    });

    it('forgets changed documents and checkpoints on drop', async () => {
      const [projection, views, stream] = [unique('p'), unique('views'), unique('stream')];
      await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 1, 'e0')]));
      await store.drop(projection, [views]);
      expect(await store.get(views, 'a')).toBeUndefined();
      expect(await store.change(changeStep(projection, stream, 0n, [add(views, 'a', 7, 'again')]))).toBe('applied');
      expect((await store.get(views, 'a'))?.body).toEqual({ n: 7, by: ['again'] });
    });
  });
};
