import { deciderSpec } from '@kongthun/kernel/testing';
import { at } from '../testing/relief-fixtures';
import { approvalsRequiredFor, parseApprovalTiers } from './approval-tiers';
import { PaymentRunCommand } from './payment-run.commands';
import { paymentRunDecider } from './payment-run.decider';
import { PaymentRunEvent } from './payment-run.events';
import { programmeRunsDecider } from './programme-runs';
import { Money } from '@kongthun/kernel';

const spec = deciderSpec(paymentRunDecider);
const tiers = parseApprovalTiers([
  { upTo: '100000.00', approvals: 1 },
  { upTo: '10000000.00', approvals: 2 },
  { upTo: null, approvals: 3 },
]);
const create = (amount = '32300.00', count = 2): PaymentRunCommand => ({
  type: 'CreateRun',
  data: {
    runId: 'run-1',
    declarationId: 'cp-flood-2568',
    programmeId: 'cp-social-fund',
    sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
    method: 'bank-transfer',
    controlTotals: { count, amount },
    tiers,
  },
  metadata: at('2025-12-01', 'maker'),
});
const dryRun = (count = 2, amount = '32300.00'): PaymentRunCommand => ({
  type: 'RecordDryRun',
  data: { applicableCount: count, applicableAmount: amount, notApplicable: [{ reason: 'not-assessed', count: 1, amount: '0.00' }] },
  metadata: at('2025-12-01', 'maker'),
});
const approve = (userId: string): PaymentRunCommand => ({ type: 'ApproveRun', data: {}, metadata: at('2025-12-01', userId, 'committee') });
const after = (...commands: PaymentRunCommand[]): PaymentRunEvent[] => {
  const events: PaymentRunEvent[] = [];
  for (const command of commands) events.push(...paymentRunDecider.decide(command, spec(events).state));
  return events;
};
const exportFile = (count = 2, amount = '32300.00'): PaymentRunCommand => ({
  type: 'RecordExport',
  data: { format: 'bank-transfer-csv', count, amount, sha256: 'a'.repeat(64) },
  metadata: at('2025-12-01', 'maker'),
});
const importFile = (sha256 = 'b'.repeat(64)): PaymentRunCommand => ({
  type: 'RecordResultImport',
  data: {
    format: 'result-csv',
    sha256,
    lines: 2,
    paid: 1,
    failed: 1,
    returned: 0,
    unknownReference: 0,
    amountMismatch: 0,
    duplicateLine: 0,
  },
  metadata: at('2025-12-02', 'maker'),
});

describe('approval tiers', () => {
  it('a run up to 100,000 needs one approver, up to 10 million two, above that three', () => {
    expect(approvalsRequiredFor(tiers, Money.parse('100000.00'))).toBe(1);
    expect(approvalsRequiredFor(tiers, Money.parse('100000.01'))).toBe(2);
    expect(approvalsRequiredFor(tiers, Money.parse('9000000000.00'))).toBe(3);
  });
  it('tiers without an open-ended last tier are refused', () => {
    expect(() => parseApprovalTiers([{ upTo: '1.00', approvals: 1 }])).toThrow(
      expect.objectContaining({ code: 'relief.approval-tiers-invalid' }),
    );
  });
});

describe('creating a run', () => {
  it('records the control totals and the approvals its total needs', () => {
    spec([])
      .when(create())
      .thenMatches([
        { type: 'relief.run.created', data: { controlCount: 2, controlAmount: '32300.00', approvalsRequired: 1, createdBy: 'maker' } },
      ]);
  });
  it('control totals of zero are refused', () => {
    spec([]).when(create('0.00', 0)).thenThrows('relief.control-totals-invalid');
  });
  it('a run id is used once', () => {
    spec(after(create())).when(create()).thenThrows('relief.run-exists');
  });
});

describe('a created run', () => {
  it('the dry run records whether it matches the control totals', () => {
    spec(after(create()))
      .when(dryRun(2, '32000.00'))
      .thenMatches([{ type: 'relief.run.dry-run-recorded', data: { matchesControlTotals: false } }]);
  });
  it('cannot be approved before a dry run', () => {
    spec(after(create())).when(approve('chair')).thenThrows('relief.run-dry-run-required');
  });
  it('cannot be approved when the dry run does not match the control totals', () => {
    spec(after(create(), dryRun(3)))
      .when(approve('chair'))
      .thenThrows('relief.run-control-totals-mismatch');
  });
  it('the maker cannot approve their own run', () => {
    spec(after(create(), dryRun())).when(approve('maker')).thenThrows('relief.run-maker-cannot-approve');
  });
  it('one approver approves a run in the first tier', () => {
    spec(after(create(), dryRun())).when(approve('chair')).thenTypes(['relief.run.approval-recorded', 'relief.run.approved']);
  });
  it('a run in the second tier needs two distinct approvers', () => {
    const big = after(create('200000.00'), dryRun(2, '200000.00'));
    spec(big).when(approve('chair')).thenTypes(['relief.run.approval-recorded']);
    spec(after(create('200000.00'), dryRun(2, '200000.00'), approve('chair')))
      .when(approve('chair'))
      .thenThrows('relief.run-already-approved-by');
    spec(after(create('200000.00'), dryRun(2, '200000.00'), approve('chair')))
      .when(approve('member'))
      .thenTypes(['relief.run.approval-recorded', 'relief.run.approved']);
  });
  it('cannot be exported before approval', () => {
    spec(after(create(), dryRun())).when(exportFile()).thenThrows('relief.run-not-approved');
  });
});

describe('an approved run', () => {
  const approved = () => after(create(), dryRun(), approve('chair'));
  it('takes no new dry run', () => {
    spec(approved()).when(dryRun()).thenThrows('relief.run-not-open');
  });
  it('exports a file matching the control totals', () => {
    spec(approved()).when(exportFile()).thenTypes(['relief.run.bank-file-exported']);
  });
  it('refuses a file that does not match the control totals', () => {
    spec(approved()).when(exportFile(3, '40000.00')).thenThrows('relief.run-export-totals-mismatch');
  });
  it('exporting the same file again records nothing', () => {
    spec(after(create(), dryRun(), approve('chair'), exportFile()))
      .when(exportFile())
      .thenNothing();
  });
  it('takes no result file before export', () => {
    spec(approved()).when(importFile()).thenThrows('relief.run-not-exported');
  });
});

describe('an exported run', () => {
  const exported = () => after(create(), dryRun(), approve('chair'), exportFile());
  it('records a result file’s counts once per file', () => {
    spec(exported()).when(importFile()).thenTypes(['relief.run.result-file-imported']);
    spec(after(create(), dryRun(), approve('chair'), exportFile(), importFile()))
      .when(importFile())
      .thenThrows('relief.result-file-already-imported');
  });
  it('is closed once', () => {
    const close: PaymentRunCommand = { type: 'CloseRun', data: { reason: 'reconciled' }, metadata: at('2025-12-05', 'maker') };
    spec(exported()).when(close).thenTypes(['relief.run.closed']);
    spec(after(create(), dryRun(), approve('chair'), exportFile(), close))
      .when(close)
      .thenThrows('relief.run-closed');
  });
});

describe('one run in flight per programme', () => {
  const runs = deciderSpec(programmeRunsDecider);
  const open = (runId: string, inFlightLastYear: string | null = null) => ({
    type: 'OpenRun' as const,
    data: { programmeId: 'p', runId, inFlightLastYear },
  });
  it('a second run is refused while the first is in flight', () => {
    runs([{ type: 'relief.programme.run-opened', data: { programmeId: 'p', runId: 'run-1' } }])
      .when(open('run-2'))
      .thenThrows('relief.run-in-flight');
  });
  it('a run still open from the last fiscal year also blocks', () => {
    runs([]).when(open('run-2', 'run-1')).thenThrows('relief.run-in-flight');
  });
  it('a new run opens once the last is closed', () => {
    runs([
      { type: 'relief.programme.run-opened', data: { programmeId: 'p', runId: 'run-1' } },
      { type: 'relief.programme.run-closed', data: { programmeId: 'p', runId: 'run-1' } },
    ])
      .when(open('run-2'))
      .thenTypes(['relief.programme.run-opened']);
  });
});
