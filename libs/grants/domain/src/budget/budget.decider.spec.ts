import { Money } from '@kongthun/kernel';
import { AllocateBudget, ReserveForAward, ReturnToBudget } from './budget.commands';
import { allocated, APPROVER, BOARD, budgetOpened, FY, givenBudget, meta, OFFICER, PROGRAMME, reserved, rules } from '../testing/saraburi';

const allocate = (change: Partial<AllocateBudget['data']> = {}): AllocateBudget => ({
  type: 'AllocateBudget',
  data: {
    allocationId: 'al-1',
    kind: 'allocation',
    amount: Money.parse('6,749,210'),
    amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
    documentRef: 'พอช. 0123/2566',
    receivedOn: '2022-11-01',
    ...change,
  },
  metadata: meta(OFFICER),
});
const reserve = (amount: string, userId = APPROVER, projectId = 'sb-009'): ReserveForAward => ({
  type: 'ReserveForAward',
  data: { projectId, awardId: `aw-${projectId}`, amount: Money.parse(amount), decidedOn: '2023-01-10', rules: rules() },
  metadata: meta(userId, '2023-01-10T03:00:00Z', 'committee'),
});
const giveBack = (amount: string, returnId = 'rt-1', projectId = 'sb-001'): ReturnToBudget => ({
  type: 'ReturnToBudget',
  data: { projectId, returnId, amount: Money.parse(amount), reason: 'ลดวงเงิน' },
  metadata: meta(OFFICER, '2023-06-01T03:00:00Z'),
});

describe('an unopened budget', () => {
  it('opens for a programme and fiscal year', () => {
    givenBudget([])
      .when({ type: 'OpenBudget', data: budgetOpened().data as never, metadata: meta(OFFICER) })
      .thenTypes(['grants.budget.opened']);
  });

  it('takes no allocation before it is opened', () => {
    givenBudget([]).when(allocate()).thenThrows('budget.not-found');
  });

  it('opens only once', () => {
    givenBudget([budgetOpened()])
      .when({ type: 'OpenBudget', data: budgetOpened().data as never, metadata: meta(OFFICER) })
      .thenThrows('budget.already-open');
  });
});

describe('an open budget receiving allocations', () => {
  it("records CODI's 6,749,210 baht for fiscal 2566 with its letter in figures and Thai words", () => {
    givenBudget([budgetOpened()]).when(allocate()).then([allocated()]);
  });

  it('refuses an allocation whose figures and Thai words disagree', () => {
    givenBudget([budgetOpened()])
      .when(allocate({ amountWords: 'หกแสนเจ็ดหมื่นสี่พันเก้าร้อยยี่สิบเอ็ดบาทถ้วน' }))
      .thenThrows('budget.amount-words-mismatch', { figures: '6749210.00', words: '674921.00' });
  });

  it('refuses an allocation without a document', () => {
    givenBudget([budgetOpened()])
      .when(allocate({ documentRef: ' ' }))
      .thenThrows('budget.document-required');
  });

  it('refuses an allocation dated outside the fiscal year', () => {
    givenBudget([budgetOpened()])
      .when(allocate({ receivedOn: '2023-10-01' }))
      .thenThrows('budget.outside-fiscal-year');
  });

  it('refuses an increase before any allocation, and the same allocation twice', () => {
    givenBudget([budgetOpened()])
      .when(allocate({ kind: 'increase' }))
      .thenThrows('budget.increase-before-allocation');
    givenBudget([budgetOpened(), allocated()]).when(allocate()).thenThrows('budget.allocation-duplicate');
  });

  it('refuses a zero allocation', () => {
    givenBudget([budgetOpened()])
      .when(allocate({ amount: Money.zero, amountWords: 'ศูนย์บาทถ้วน' }))
      .thenThrows('budget.amount-not-positive');
  });
});

describe('an allocated budget reserving for awards', () => {
  it('reserves an award within what is available, citing the approver tier and rule version', () => {
    givenBudget([budgetOpened(), allocated()])
      .when(reserve('1,500,000'))
      .thenMatches([
        { type: 'grants.budget.reserved', data: { amount: '1500000.00', approverId: APPROVER, tier: 'regional-office', ruleVersion: 1 } },
      ]);
  });

  it('is never over-committed: an award beyond what is available is refused', () => {
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '6000000.00')])
      .when(reserve('749,210.01', BOARD))
      .thenThrows('budget.over-committed', { available: '749210.00' });
  });

  it('an award of exactly what is available is reserved', () => {
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '6000000.00')])
      .when(reserve('749,210', BOARD))
      .thenTypes(['grants.budget.reserved']);
  });

  it('refuses an approver whose tier does not cover the amount', () => {
    givenBudget([budgetOpened(), allocated()]).when(reserve('2,000,000.01')).thenThrows('award.approver-tier-too-low');
  });

  it('reserves once per project', () => {
    givenBudget([budgetOpened(), allocated(), reserved('sb-009', '100.00')])
      .when(reserve('100'))
      .thenThrows('budget.already-reserved');
  });
});

describe('a budget getting a cut commitment back', () => {
  it('a cut returns to what is available, so it can be awarded again', () => {
    const { state } = givenBudget([
      budgetOpened(),
      allocated(),
      reserved('sb-001', '6749210.00'),
      {
        type: 'grants.budget.returned',
        data: {
          programmeId: PROGRAMME,
          fiscalYear: FY,
          projectId: 'sb-001',
          returnId: 'rt-1',
          amount: '100000.00',
          reason: 'ลด',
          returnedOn: '2023-06-01',
        },
      },
    ]);
    expect(state.status === 'Open' && state.allocated.minus(state.committed).toJSON()).toBe('100000.00');
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '6749210.00')])
      .when(giveBack('100,000'))
      .thenTypes(['grants.budget.returned']);
  });

  it('refuses returning more than the project has reserved, and the same return twice', () => {
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '1000.00')])
      .when(giveBack('1,000.01'))
      .thenThrows('budget.return-beyond-reserved');
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '1000.00')])
      .when(giveBack('1', 'rt-1', 'sb-404'))
      .thenThrows('budget.return-beyond-reserved');
    const returned = givenBudget([budgetOpened(), allocated(), reserved('sb-001', '1000.00')])
      .when(giveBack('10'))
      .events();
    givenBudget([budgetOpened(), allocated(), reserved('sb-001', '1000.00'), ...returned])
      .when(giveBack('10'))
      .thenThrows('budget.return-duplicate');
  });
});
