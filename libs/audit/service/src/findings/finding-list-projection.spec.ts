import { OwnEventsLedgerCopy } from './own-events-ledger-copy';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventStore, PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { CaseCommandHandler } from '../cases/case-command-handler';
import { Finding, findingIdOf } from './finding';
import { FindingListProjection, FindingsPage } from './finding-list-projection';
import { FindingsLog } from './findings-log';

const finding = (n: number): Finding => {
  const evidence = [`e-${n}`];
  return {
    findingId: findingIdOf('red-flag.test', evidence),
    rule: 'red-flag.test',
    severity: 'high',
    summary: `finding ${n}`,
    summaryTh: `ข้อสังเกต ${n}`,
    streamId: `welfare-fund-${n}`,
    evidenceEventIds: evidence,
    details: {},
  };
};
const auditor: AuthenticatedActor = { userId: 'auditor-phuket', role: 'auditor', scope: { province: '83' } };

/** The audit service's own store, counting what the listing reads from it. */
const counting = (store: EventStore) => {
  const reads = { streams: 0, logEvents: 0 };
  const proxy: EventStore = {
    appendToStream: (...args) => store.appendToStream(...args),
    readStream: (...args) => ((reads.streams += 1), store.readStream(...args)),
    readAll: async (options) => {
      const batch = await store.readAll(options);
      reads.logEvents += batch.length;
      return batch;
    },
    onAppended: (listener) => store.onAppended(listener),
    close: () => store.close(),
  };
  return { proxy, reads };
};

describe('the findings listing', () => {
  let sql: PgliteSqlClient;
  let ledger: AuditLedgerStore;
  let store: SqlEventStore;
  let log: FindingsLog;
  let cases: CaseCommandHandler;

  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    ledger = await AuditLedgerStore.open(sql);
    store = await SqlEventStore.open(sql, { schema: 'audit' });
    log = new FindingsLog(store);
    cases = new CaseCommandHandler(store, new OwnEventsLedgerCopy(store, ledger));
    for (const batch of [[1, 2, 3], [4], [5, 6, 7]]) await log.raise(batch.map(finding));
    const { findingId, rule, severity, summary, summaryTh, streamId, evidenceEventIds } = finding(2);
    await cases.execute(auditor, {
      type: 'OpenCase',
      data: { caseId: findingId, findingId, rule, severity, summary, summaryTh, streamId, evidenceEventIds },
    });
    await cases.execute(auditor, { type: 'StartInvestigation', data: { caseId: findingId } });
    await cases.execute(auditor, { type: 'AddNote', data: { caseId: findingId, noteId: 'n-1', text: 'โทรถามเหรัญญิก' } });
  });
  afterAll(() => sql?.close());

  const allPages = async (listing: FindingListProjection, limit: number) => {
    const pages: FindingsPage[] = [];
    let cursor: number | undefined;
    do {
      pages.push(await listing.page(limit, cursor));
      const next = pages[pages.length - 1].nextCursor;
      cursor = next === null ? undefined : Number(next);
    } while (cursor !== undefined);
    return pages;
  };

  it('pages newest first give every finding exactly once, with its case status, reading no stream', async () => {
    const { proxy, reads } = counting(store);
    const pages = await allPages(new FindingListProjection(proxy, ledger), 3);
    expect(pages.map((page) => page.findings.length)).toEqual([3, 3, 1]);
    expect(pages.map((page) => page.nextCursor === null)).toEqual([false, false, true]);
    const listed = pages.flatMap((page) => page.findings);
    expect(listed.map((f) => f.summary)).toEqual([7, 6, 5, 4, 3, 2, 1].map((n) => `finding ${n}`));
    expect(listed.map((f) => [f.summary, f.caseStatus]).filter(([, status]) => status !== 'NotOpened')).toEqual([
      ['finding 2', 'Investigating'],
    ]);
    expect(listed[0]).toMatchObject({
      findingId: finding(7).findingId,
      rule: 'red-flag.test',
      raisedAt: expect.any(String),
      raisedByEventId: expect.any(String),
    });
    expect(reads.streams).toBe(0);
  });

  it('a page after new findings and a case step reads only what was recorded since', async () => {
    const { proxy, reads } = counting(store);
    const listing = new FindingListProjection(proxy, ledger);
    await listing.page(2);
    expect(reads.logEvents).toBe(0);
    await log.raise([finding(8)]);
    await cases.execute(auditor, {
      type: 'CloseCase',
      data: { caseId: finding(2).findingId, resolution: 'unfounded', referredTo: null, reason: 'ใบรับรองแพทย์ถูกต้อง' },
    });
    const first = await listing.page(2);
    expect(reads.logEvents).toBe(2);
    expect(first.findings.map((f) => f.summary)).toEqual(['finding 8', 'finding 7']);
    const all = (await allPages(listing, 50)).flatMap((page) => page.findings);
    expect(all.find((f) => f.summary === 'finding 2')?.caseStatus).toBe('Closed');
    expect(new Set(all.map((f) => f.findingId)).size).toBe(8);
    expect(reads.streams).toBe(0);
  });

  it('two listings catching up at once record each finding once', async () => {
    await log.raise([finding(9), finding(10)]);
    const [a, b] = await Promise.all([
      new FindingListProjection(store, ledger).page(100),
      new FindingListProjection(store, ledger).page(100),
    ]);
    expect(a.findings.map((f) => f.summary)).toEqual(b.findings.map((f) => f.summary));
    expect(a.findings.map((f) => f.summary).slice(0, 3)).toEqual(['finding 10', 'finding 9', 'finding 8']);
    expect(a.findings).toHaveLength(10);
  });
});
