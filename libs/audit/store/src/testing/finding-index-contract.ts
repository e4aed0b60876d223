import { AuditLedgerStore } from '../audit-ledger-store';
import { FindingIndexChange } from '../finding-index';
import { LedgerEngine, uniqueSchema } from './ledger-engine';

const raised = (n: number): FindingIndexChange => ({
  kind: 'raised',
  findingId: `f-${n}`,
  finding: { findingId: `f-${n}`, summary: `finding ${n}` },
});

/** The findings listing's table: applied once per checkpoint, read newest first by position. */
export const findingIndexContract = (engine: LedgerEngine): void => {
  let store: AuditLedgerStore;
  beforeAll(async () => {
    store = await engine.open({ schema: uniqueSchema('findings') });
  });
  afterAll(() => store?.close());

  it('changes move the checkpoint with them; a batch applied from a stale checkpoint changes nothing', async () => {
    const index = store.findingIndex;
    expect(await index.checkpoint()).toBeUndefined();
    expect(
      await index.apply(
        undefined,
        'cp-1',
        Array.from({ length: 11 }, (_, i) => raised(i + 1)),
      ),
    ).toBe(true);
    expect(await index.apply(undefined, 'cp-1', [raised(99)])).toBe(false);
    expect(await index.apply('cp-1', 'cp-2', [raised(3), { kind: 'case-status', findingId: 'f-3', status: 'Open' }, raised(12)])).toBe(
      true,
    );
    expect(await index.checkpoint()).toBe('cp-2');
    const all = await index.page(100);
    expect(all.map((row) => row.seq)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(all.map((row) => (row.finding as { summary: string }).summary)).not.toContain('finding 99');
    expect(all.find((row) => row.seq === 3)?.caseStatus).toBe('Open');
    expect(all.filter((row) => row.caseStatus !== 'NotOpened')).toHaveLength(1);
  });

  it('a page starts just before its cursor', async () => {
    const page = await store.findingIndex.page(3, 10);
    expect(page.map((row) => row.seq)).toEqual([9, 8, 7]);
    expect(await store.findingIndex.page(3, 1)).toEqual([]);
  });

  it('two followers applying the same batch at once: one wins, nothing doubles', async () => {
    const results = await Promise.all([1, 2].map(() => store.findingIndex.apply('cp-2', 'cp-3', [raised(13)])));
    expect(results.sort()).toEqual([false, true]);
    expect((await store.findingIndex.page(100)).map((row) => row.seq).slice(0, 2)).toEqual([13, 12]);
  });
};
