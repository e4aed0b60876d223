import { AuditLedgerStore, MoneyLogStore, ScanCheckpointStore } from '@kongthun/audit-store';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { MoneyMessage } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';
import { FindingsLog } from '../findings/findings-log';
import { MoneyLog, RED_FLAG_SCANNER, RedFlagScanner } from './red-flag-scanner';

const personHash = 'a'.repeat(64);
const unit = (unitId: string) =>
  moneyMessage(
    'money.unit.declared',
    {
      name: `กองทุน ${unitId}`,
      areaCodes: ['8301'],
      activeFrom: '2020-01-01',
      activeUntil: null,
      ruleVersion: 1,
      effectiveFrom: '2020-01-01',
      adminCostCapPercent: null,
      approvalLimit: null,
      terms: {},
    },
    { unitId, programme: 'relief' },
  );
const paid = (unitId: string, disbursementId: string) =>
  moneyMessage(
    'money.disbursement.made',
    {
      disbursementId,
      commitmentId: null,
      kind: 'relief',
      recipient: { reference: 'hh-1', citizenIdHash: personHash, accountHash: null, memberSince: null },
      purpose: 'medical',
      covers: { eventDate: '2026-10-03', periodFrom: null, periodTo: null },
      amount: '3000.00',
      method: 'bank-transfer',
      paidOn: '2026-10-20',
      areaCode: '830101',
      approvers: [],
      ruleVersion: 1,
      exceptionRef: null,
      document: null,
    },
    { unitId, programme: 'relief' },
  );

describe('the red-flag scanner', () => {
  let sql: PgliteSqlClient;
  let ledger: AuditLedgerStore;
  let log: MoneyLogStore;
  let checkpoints: ScanCheckpointStore;
  let findings: FindingsLog;
  const reads: (number | undefined)[] = [];
  const recording: MoneyLog = { readMoneyLog: (options) => (reads.push(options.after), log.readMoneyLog(options)) };
  const scanner = (saveEveryMessages = 1) =>
    new RedFlagScanner(
      async () => recording,
      async () => checkpoints,
      findings,
      undefined,
      1_000,
      saveEveryMessages,
    );
  const append = async (...messages: MoneyMessage[]) => {
    for (const message of messages) await log.append(message);
  };

  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    ledger = await AuditLedgerStore.open(sql);
    log = await ledger.moneyLog();
    checkpoints = await ledger.scanCheckpoints();
    findings = new FindingsLog(await SqlEventStore.open(sql, { schema: 'audit' }));
  });
  afterAll(() => sql.close());

  it('resumes after a restart from its saved position and state: it rereads nothing, and still pairs a new payment with one it saw before', async () => {
    await append(unit('flood-a'), unit('flood-b'), paid('flood-a', 'd-1'));
    expect(await scanner().scan()).toBe(0);
    expect((await checkpoints.load(RED_FLAG_SCANNER))?.position).toBe(3);

    reads.length = 0;
    await append(paid('flood-b', 'd-2'));
    const restarted = scanner();
    expect(await restarted.scan()).toBe(1);
    // The first read starts after the saved position: the three earlier messages were not replayed.
    expect(reads[0]).toBe(3);
    const [raised] = (await findings.list()).filter((finding) => finding.rule === 'red-flag.duplicate-payment');
    expect(raised.evidenceEventIds).toHaveLength(2);
    expect(raised.areaCode).toBe('830101');
    expect((await checkpoints.load(RED_FLAG_SCANNER))?.position).toBe(4);
  });

  it('saves only every so many messages, and on flush: a crash before then loses progress, never findings', async () => {
    const lazy = scanner(1_000);
    await append(paid('flood-a', 'd-3'));
    await lazy.scan();
    expect((await checkpoints.load(RED_FLAG_SCANNER))?.position).toBe(4);
    await lazy.flush();
    expect((await checkpoints.load(RED_FLAG_SCANNER))?.position).toBe(5);
  });

  it('a checkpoint never moves back: a slower scanner of the same name cannot undo progress', async () => {
    await checkpoints.save(RED_FLAG_SCANNER, { position: 1, state: '{}' });
    expect((await checkpoints.load(RED_FLAG_SCANNER))?.position).toBe(5);
  });
});
