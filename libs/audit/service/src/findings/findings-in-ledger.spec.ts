import { eventLeafHash, LedgerEvent, verifyInclusion } from '@kongthun/audit-ledger';
import { generateSigningKeyPem, publicKeyPem, signingKeyFromPem, verifyBundle } from '@kongthun/audit-evidence';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { chainEvents, PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { envelopeToJson } from '@kongthun/messaging';
import { runChainCheck } from '../chain/chain-check';
import { ledgerStreamsOf } from '../ledger/ledger-recorded-events';
import { Finding, findingIdOf } from './finding';
import { FindingsLog, findingStreamId } from './findings-log';
import { OwnEventsLedgerCopy } from './own-events-ledger-copy';

const key = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const hex = (h: string) => Buffer.from(h, 'hex');

/** Three payouts of one fund stream, as the ledger receives them from the bus. */
const payouts: LedgerEvent[] = chainEvents(
  'welfare-fund-talat-yai',
  [0, 1, 2].map((n) => ({
    id: `0190a000-0000-7000-8000-00000000000${n}`,
    type: 'welfare.payout.made',
    schemaVersion: 1,
    data: { fundId: 'talat-yai', payoutId: `p-${n}`, amount: '300.00' },
    metadata: { actor: { userId: 'malee', role: 'treasurer' }, correlationId: `c-${n}`, causationId: null },
  })),
  -1n,
  null,
  '2025-12-11T03:00:00.000Z',
).map((event, n) => envelopeToJson({ ...event, globalPosition: BigInt(n + 1) }));

const finding = (rule: string, evidence: readonly LedgerEvent[], amount = '900.00'): Finding => ({
  findingId: findingIdOf(
    rule,
    evidence.map((e) => e.id),
  ),
  rule,
  severity: 'high',
  summary: 'One claim paid three times',
  summaryTh: 'จ่ายซ้ำสามครั้ง',
  streamId: 'welfare-fund-talat-yai',
  evidenceEventIds: evidence.map((e) => e.id),
  details: { fundId: 'talat-yai', amount },
});

describe('findings in the audit ledger', () => {
  let sql: PgliteSqlClient;
  let ledger: AuditLedgerStore;
  let store: SqlEventStore;
  beforeEach(async () => {
    sql = await PgliteSqlClient.open('memory://');
    ledger = await AuditLedgerStore.open(sql);
    store = await SqlEventStore.open(sql, { schema: 'audit' });
    await ledger.appendMany(payouts);
  });
  afterEach(() => sql.close());

  it('a raised finding is a ledger leaf of its own stream, with an inclusion proof that verifies; raising it twice appends one leaf', async () => {
    const log = new FindingsLog(store, new OwnEventsLedgerCopy(store, ledger));
    const raised = finding('red-flag.duplicate-payment', payouts);
    expect(await log.raise([raised])).toHaveLength(1);
    expect(await ledger.size()).toBe(4);

    const entry = (await ledger.entry(raised.findingId))!;
    const [stored] = await store.readStream(findingStreamId(raised.findingId));
    expect(entry.event).toMatchObject({
      id: raised.findingId,
      type: 'audit.finding.raised',
      streamId: `audit-finding-${raised.findingId}`,
      streamRevision: '0',
      prevHash: null,
      hash: stored.hash,
      data: raised,
    });
    const head = await ledger.signTreeHead(key);
    const proof = await ledger.signedInclusionProof(raised.findingId);
    expect(verifyInclusion(eventLeafHash(entry.event), proof.leafIndex, head.treeSize, proof.auditPath.map(hex), hex(head.rootHash))).toBe(
      true,
    );
    expect(await ledger.verify()).toMatchObject({ ok: true });
    expect((await runChainCheck(ledgerStreamsOf(ledger), [])).problems).toEqual([]);

    // Again, from this log and from a restarted one (a fresh copy starts from the store's first event).
    expect(await log.raise([raised])).toEqual([]);
    expect(await new FindingsLog(store, new OwnEventsLedgerCopy(store, ledger)).raise([raised, raised])).toEqual([]);
    expect(await ledger.size()).toBe(4);
    expect((await ledger.readStream(findingStreamId(raised.findingId))).map((e) => e.leafIndex)).toEqual([3]);
  });

  it("the finding's bundle proves it, and an edited amount or a dropped event is INVALID", async () => {
    const log = new FindingsLog(store, new OwnEventsLedgerCopy(store, ledger));
    const [raised] = await log.raise([finding('red-flag.split-payout', payouts)]);
    await ledger.signTreeHead(key);
    const bundle = JSON.parse(
      JSON.stringify(await ledger.evidenceBundle({ eventIds: raised.evidenceEventIds, findingEventId: raised.raisedByEventId })),
    );
    expect(verifyBundle(bundle, { trustedKeys: [publicKeyPem(key.publicKey)] })).toMatchObject({ valid: true, failures: [] });
    const edited = JSON.parse(JSON.stringify(bundle));
    edited.finding.event.data.details.amount = '90.00';
    expect(verifyBundle(edited).failures.map((f) => f.id)).toEqual(['finding.hash', 'finding.inclusion']);
    const dropped = JSON.parse(JSON.stringify(bundle));
    dropped.events.pop();
    expect(verifyBundle(dropped).failures.map((f) => [f.id, f.subject])).toEqual([['finding.evidence', payouts[2].id]]);
  });

  it('a crash between the store append and the ledger append loses no leaf: the next copy adds it', async () => {
    const lost = finding('red-flag.duplicate-payment', payouts.slice(0, 2));
    // The process that raised it died before copying: a log without the copy stands for it.
    await new FindingsLog(store).raise([lost]);
    expect(await ledger.entry(lost.findingId)).toBeUndefined();

    const restarted = new FindingsLog(store, new OwnEventsLedgerCopy(store, ledger));
    await restarted.copyToLedger();
    expect((await ledger.entry(lost.findingId))?.event).toMatchObject({ id: lost.findingId, data: lost });
    expect(await ledger.size()).toBe(4);
    // Raising it again (the scanner re-raises all at start) adds nothing more.
    expect(await restarted.raise([lost, finding('red-flag.split-payout', payouts.slice(1))])).toHaveLength(1);
    expect(await ledger.size()).toBe(5);
  });

  it('a finding raised in the former single findings stream is still listed and copied', async () => {
    const old = finding('red-flag.duplicate-payment', payouts.slice(0, 1));
    await store.appendToStream(
      'audit.findings',
      [
        {
          id: old.findingId,
          type: 'audit.finding.raised',
          schemaVersion: 1,
          data: old as never,
          metadata: { actor: { userId: 'audit-service', role: 'system' }, correlationId: old.findingId, causationId: null },
        },
      ],
      'no-stream',
    );
    const log = new FindingsLog(store, new OwnEventsLedgerCopy(store, ledger));
    expect(await log.raise([old])).toEqual([]);
    expect((await log.get(old.findingId))?.rule).toBe('red-flag.duplicate-payment');
    expect((await ledger.entry(old.findingId))?.event.streamId).toBe('audit.findings');
  });
});
