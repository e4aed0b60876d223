import { RecordedEvent } from '@kongthun/event-sourcing';
import { InProcessMessageBus } from '@kongthun/messaging';
import { MoneyMessage, moneyMessageId } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';
import { startScopedAudit } from './scoped-audit-fixture';

/** Money messages of one unit, each translated from one event of its source stream in the ledger. */
const unitMoney = (programme: string, unitId: string, areaCode: string, events: RecordedEvent[]) => {
  const from = (event: RecordedEvent, occurredOn: string) => ({
    programme,
    unitId,
    occurredOn,
    recordedAt: `${occurredOn}T03:00:00.000Z`,
    id: moneyMessageId(event.id, 0),
    source: {
      eventId: event.id,
      streamId: event.streamId,
      streamRevision: event.streamRevision.toString(),
      type: event.type,
      hash: event.hash,
    },
  });
  return [
    moneyMessage(
      'money.unit.declared',
      {
        name: `${programme} ${unitId}`,
        areaCodes: [areaCode],
        activeFrom: '2024-01-01',
        activeUntil: null,
        ruleVersion: 1,
        effectiveFrom: '2024-01-01',
        adminCostCapPercent: 10,
        approvalLimit: null,
        terms: {},
      },
      from(events[0], '2024-01-01'),
    ),
    moneyMessage(
      'money.in.received',
      {
        moneyInId: 'in-1',
        source: { kind: 'matching', name: 'อบจ.' },
        amount: '1000.00',
        receivedOn: '2024-02-01',
        fiscalYear: 2567,
        document: { reference: 'r-1', amountFigures: '1000.00', amountWords: 'หนึ่งพันบาทถ้วน' },
        payer: null,
      },
      from(events[1], '2024-02-01'),
    ),
    moneyMessage(
      'money.disbursement.made',
      {
        disbursementId: 'p-1',
        commitmentId: null,
        kind: 'benefit',
        recipient: { reference: 'm-1', citizenIdHash: 'c'.repeat(64), accountHash: null, memberSince: null },
        purpose: 'sickness',
        covers: { eventDate: '2024-03-01', periodFrom: null, periodTo: null },
        amount: '300.00',
        method: 'cash',
        paidOn: '2024-03-02',
        areaCode,
        approvers: [],
        ruleVersion: 1,
        exceptionRef: null,
        document: null,
      },
      from(events[2], '2024-03-02'),
    ),
  ] as MoneyMessage[];
};

/**
 * Auditors scoped by area code: a Saraburi auditor (19) sees nothing of Phuket (83) — findings,
 * one finding, evidence, proofs, timelines, replays, cases — and Phuket's sees nothing of Saraburi.
 */
describe('audit resources scoped by area code', () => {
  let host: Awaited<ReturnType<typeof startScopedAudit>>;
  let phuket: RecordedEvent[];
  let saraburi: RecordedEvent[];
  let nowhere: RecordedEvent[];
  let phuketMoney: MoneyMessage[];
  const findingIds: Record<string, string> = {};

  beforeAll(async () => {
    host = await startScopedAudit();
    phuket = await host.publishStream('welfare', 'welfare-fund-talat-yai', 3);
    saraburi = await host.publishStream('grants', 'grants-project-kaeng-khoi', 3);
    nowhere = await host.publishStream('grants', 'grants-project-unplaced', 1);
    phuketMoney = unitMoney('welfare', 'talat-yai', '830101', phuket);
    await host.publishMoney([...phuketMoney, ...unitMoney('grants', 'kaeng-khoi', '190101', saraburi)]);
    await host.caughtUp(7, 6);
    const raised = await host.jobs.findings.raise([
      {
        findingId: '0190f000-0000-7000-8000-0000000000a1',
        rule: 'test.phuket',
        severity: 'high',
        summary: 'p',
        summaryTh: 'p',
        streamId: phuket[0].streamId,
        evidenceEventIds: [phuket[2].id],
        details: {},
      },
      // No stream named: its area comes from its evidence event's stream.
      {
        findingId: '0190f000-0000-7000-8000-0000000000a2',
        rule: 'test.saraburi',
        severity: 'high',
        summary: 's',
        summaryTh: 's',
        streamId: null,
        evidenceEventIds: [saraburi[2].id],
        details: {},
      },
      {
        findingId: '0190f000-0000-7000-8000-0000000000a3',
        rule: 'test.unplaced',
        severity: 'low',
        summary: 'u',
        summaryTh: 'u',
        streamId: nowhere[0].streamId,
        evidenceEventIds: [nowhere[0].id],
        details: {},
      },
    ]);
    for (const finding of raised) findingIds[finding.rule] = finding.findingId;
  }, 60_000);
  afterAll(() => host?.close());

  const rulesSeenBy = async (as: string) =>
    ((await host.get('/api/audit/findings', as).expect(200)).body.findings as { rule: string }[]).map((f) => f.rule).sort();

  it('the findings list shows each auditor only the findings of their areas; admin and national see all', async () => {
    expect(await rulesSeenBy('saraburi')).toEqual(['test.saraburi']);
    expect(await rulesSeenBy('phuket')).toEqual(['test.phuket']);
    expect(await rulesSeenBy('phuketDistrict')).toEqual(['test.phuket']);
    expect(await rulesSeenBy('national')).toEqual(['test.phuket', 'test.saraburi', 'test.unplaced']);
    expect(await rulesSeenBy('admin')).toEqual(['test.phuket', 'test.saraburi', 'test.unplaced']);
  });

  it('a Saraburi auditor gets 403 auth.out-of-scope for a Phuket finding, its evidence, its events and its case', async () => {
    const id = findingIds['test.phuket'];
    for (const path of [
      `/api/audit/findings/${id}`,
      `/api/audit/findings/${id}/evidence`,
      `/api/audit/events/${phuket[2].id}/evidence`,
      `/api/audit/proofs/inclusion/${phuket[2].id}`,
      `/api/audit/cases/${id}`,
    ]) {
      const response = await host.get(path, 'saraburi');
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 403, code: 'auth.out-of-scope' });
    }
    expect((await host.post(`/api/audit/findings/${id}/case`, 'saraburi').expect(403)).body).toMatchObject({
      code: 'auth.out-of-scope',
      messageTh: expect.any(String),
    });
    expect((await host.get(`/api/audit/findings/${findingIds['test.unplaced']}`, 'saraburi').expect(403)).body.code).toBe(
      'auth.out-of-scope',
    );
  });

  it('the Phuket auditor reads the same finding, its evidence bundle and works its case', async () => {
    const id = findingIds['test.phuket'];
    expect((await host.get(`/api/audit/findings/${id}`, 'phuket').expect(200)).body).toMatchObject({
      rule: 'test.phuket',
      evidence: [expect.objectContaining({ entry: expect.objectContaining({ event: expect.objectContaining({ id: phuket[2].id }) }) })],
    });
    expect(
      (await host.get(`/api/audit/findings/${id}/evidence`, 'phuket').expect(200)).body.events.map(
        (e: { event: { id: string } }) => e.event.id,
      ),
    ).toEqual([phuket[2].id]);
    expect((await host.post(`/api/audit/findings/${id}/case`, 'phuket').expect(201)).body).toMatchObject({ status: 'Open' });
    expect((await host.get(`/api/audit/findings/${findingIds['test.saraburi']}`, 'phuket').expect(403)).body.code).toBe(
      'auth.out-of-scope',
    );
  });

  it('a stream timeline is the stream’s own auditors’ only', async () => {
    await host.get(`/api/audit/streams/${phuket[0].streamId}/timeline`, 'saraburi').expect(403);
    await host.get(`/api/audit/streams/${nowhere[0].streamId}/timeline`, 'saraburi').expect(403);
    expect(
      (await host.get(`/api/audit/streams/${phuket[0].streamId}/timeline`, 'phuket').expect(200)).body.map(
        (e: { eventId: string }) => e.eventId,
      ),
    ).toEqual(phuket.map((e) => e.id));
    expect((await host.get(`/api/audit/streams/${saraburi[0].streamId}/timeline`, 'saraburi').expect(200)).body).toHaveLength(3);
  });

  it('a unit replay is computed from the money messages, for the unit’s own auditors only', async () => {
    const path = '/api/audit/units/welfare/talat-yai/replay';
    expect((await host.get(path, 'saraburi').expect(403)).body.code).toBe('auth.out-of-scope');
    const books = (await host.get(path, 'phuket').expect(200)).body;
    expect(books).toMatchObject({
      programme: 'welfare',
      unitId: 'talat-yai',
      unit: { areaCodes: ['830101'] },
      moneyIn: { total: '1000.00', bySource: { matching: '1000.00' } },
      disbursed: { total: '300.00', byKind: { benefit: '300.00' } },
      balance: '700.00',
      counts: { messages: 3 },
    });
    expect((await host.get('/api/audit/funds/talat-yai/replay', 'phuket').expect(200)).body).toEqual(books);
    expect((await host.get(`${path}?businessDate=2024-02-15`, 'phuket').expect(200)).body).toMatchObject({
      balance: '1000.00',
      counts: { messages: 2 },
    });
    expect((await host.get(`${path}?at=2024-01-31T23:59:59%2B07:00`, 'phuket').expect(200)).body).toMatchObject({
      balance: '0.00',
      counts: { messages: 1 },
    });
    // Two units' messages arrive interleaved: a position is a place in the whole money log.
    const seqs = (await (await host.ledger.moneyLog()).readUnit({ programme: 'welfare', unitId: 'talat-yai' })).map((entry) => entry.seq);
    expect((await host.get(`${path}?position=${seqs[1]}`, 'national').expect(200)).body).toMatchObject({
      upTo: { seq: seqs[1] },
      balance: '1000.00',
      counts: { messages: 2 },
    });
    expect((await host.get('/api/audit/units/grants/kaeng-khoi/replay', 'saraburi').expect(200)).body).toMatchObject({ balance: '700.00' });
    await host.get('/api/audit/units/grants/kaeng-khoi/replay', 'phuket').expect(403);
  });

  it('a bad cut is a 400, an unknown unit a 404 for whoever sees every area and a 403 for the rest', async () => {
    const path = '/api/audit/units/welfare/talat-yai/replay';
    expect((await host.get(`${path}?at=yesterday`, 'phuket').expect(400)).body.code).toBe('request.invalid-time');
    expect((await host.get(`${path}?businessDate=2025-02-29`, 'phuket').expect(400)).body.code).toBe('request.invalid-date');
    expect((await host.get(`${path}?position=-3`, 'phuket').expect(400)).body.code).toBe('request.invalid-size');
    expect((await host.get('/api/audit/units/relief/nowhere/replay', 'admin').expect(404)).body.code).toBe('audit.unit.not-found');
    expect((await host.get('/api/audit/funds/nowhere/replay', 'national').expect(404)).body.code).toBe('audit.fund.not-found');
    expect((await host.get('/api/audit/units/relief/nowhere/replay', 'saraburi').expect(403)).body.code).toBe('auth.out-of-scope');
    await host.get(path, 'treasurer').expect(403);
  });

  it('a message that breaks the contract is dead-lettered; the same id with other content is raised as a finding, neither is stored', async () => {
    const deadLetters: string[] = [];
    const bus = host.bus as InProcessMessageBus;
    const dlq = await bus.consume({
      groupId: 'test-dlq-reader',
      topics: ['kongthun.money.events.dlq'],
      fromBeginning: true,
      handle: async (message) => void deadLetters.push(message.value),
    });
    const moneyLog = await host.ledger.moneyLog();
    const before = await moneyLog.size();
    const rewritten = { ...phuketMoney[2], data: { ...phuketMoney[2].data, amount: '3000.00' } } as MoneyMessage;
    await host.publishRaw('{"contract":"kongthun.money","type":"money.gift.given"}');
    await host.publishMoney([rewritten]);
    const deadline = Date.now() + 10_000;
    const conflictRaised = async () => (await host.jobs.findings.list()).find((f) => f.rule === 'chain.delivery.money-conflicting-content');
    while ((deadLetters.length < 1 || !(await conflictRaised())) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await dlq.stop();
    expect(deadLetters).toEqual(['{"contract":"kongthun.money","type":"money.gift.given"}']);
    expect(await conflictRaised()).toMatchObject({ streamId: phuket[0].streamId, details: { messageId: phuketMoney[2].id } });
    expect(await moneyLog.size()).toBe(before);
    expect((await moneyLog.message(phuketMoney[2].id))?.message).toEqual(phuketMoney[2]);
    // The conflict lies in Phuket's stream: Phuket's auditor sees it, Saraburi's does not.
    expect(await rulesSeenBy('phuket')).toContain('chain.delivery.money-conflicting-content');
    expect(await rulesSeenBy('saraburi')).toEqual(['test.saraburi']);
  });
});
