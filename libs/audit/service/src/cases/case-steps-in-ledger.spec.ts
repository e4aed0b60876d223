import { AuditLedgerStore } from '@kongthun/audit-store';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { runChainCheck } from '../chain/chain-check';
import { OwnEventsLedgerCopy } from '../findings/own-events-ledger-copy';
import { ledgerStreamsOf } from '../ledger/ledger-recorded-events';
import { CaseCommandHandler } from './case-command-handler';

const auditor: AuthenticatedActor = { userId: 'auditor-phuket', role: 'auditor', scope: { province: '83' } };
const caseId = '0190b000-0000-8000-8000-000000000001';

describe('case steps in the audit ledger', () => {
  let sql: PgliteSqlClient;
  let ledger: AuditLedgerStore;
  let store: SqlEventStore;
  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    ledger = await AuditLedgerStore.open(sql);
    store = await SqlEventStore.open(sql, { schema: 'audit' });
  });
  afterAll(() => sql.close());

  it('each step is a leaf of the case stream, exactly as the audit store chained it, and the chain check accepts it', async () => {
    const cases = new CaseCommandHandler(store, new OwnEventsLedgerCopy(store, ledger));
    const open = {
      type: 'OpenCase' as const,
      data: {
        caseId,
        findingId: caseId,
        rule: 'red-flag.duplicate-payment',
        severity: 'high' as const,
        summary: 'Paid twice',
        summaryTh: 'จ่ายซ้ำ',
        streamId: 'welfare-fund-a',
        evidenceEventIds: ['e-1'],
      },
    };
    await cases.execute(auditor, open);
    await cases.execute(auditor, open); // opening again changes nothing
    await cases.execute(auditor, { type: 'StartInvestigation', data: { caseId } });
    await cases.execute(auditor, { type: 'CloseCase', data: { caseId, resolution: 'referred', referredTo: 'PACC', reason: 'ส่ง ปปท.' } });

    const inStore = await store.readStream(`audit-case-${caseId}`);
    const inLedger = await ledger.readStream(`audit-case-${caseId}`);
    expect(inLedger.map((entry) => [entry.event.type, entry.event.streamRevision, entry.event.metadata.actor])).toEqual([
      ['audit.case.opened', '0', { userId: 'auditor-phuket', role: 'auditor' }],
      ['audit.case.investigation-started', '1', { userId: 'auditor-phuket', role: 'auditor' }],
      ['audit.case.closed', '2', { userId: 'auditor-phuket', role: 'auditor' }],
    ]);
    expect(inLedger.map((entry) => [entry.event.id, entry.event.prevHash, entry.event.hash])).toEqual(
      inStore.map((event) => [event.id, event.prevHash, event.hash]),
    );
    expect(await ledger.verify()).toMatchObject({ ok: true });
    const report = await runChainCheck(ledgerStreamsOf(ledger), [
      { context: 'audit', readStream: (streamId) => store.readStream(streamId) },
    ]);
    expect(report).toMatchObject({ streams: 1, events: 3, problems: [] });
  });
});
