import { Money } from '@kongthun/kernel';
import { GrantAdminOverride, RecordAdminSpending } from './fund.commands';
import { AdminOverrideGranted } from './fund.events';
import { ANAN, CHAIR, FUND_ID, fundRegistered, given, matchingReceived, meta, PRASERT, TREASURER } from '../testing/talat-yai-fund';

const now = '2023-04-01T03:00:00Z';
const spend = (baht: string, overrideId: string | null = null, spendingId = 'ad-1'): RecordAdminSpending => ({
  type: 'RecordAdminSpending',
  data: {
    spendingId,
    amount: Money.parse(baht),
    purpose: 'ค่าเครื่องเขียนและค่าถ่ายเอกสาร',
    spentOn: '2023-04-01',
    documentRef: 'บจ 12/2566',
    overrideId,
  },
  metadata: meta(now),
});
const grant = (approverIds: string[], actor = CHAIR): GrantAdminOverride => ({
  type: 'GrantAdminOverride',
  data: { overrideId: 'ov-1', amount: Money.ofBaht(3_000), purpose: 'จัดประชุมใหญ่ประจำปี', resolutionRef: 'มติกรรมการ 4/2566', approverIds },
  metadata: meta(now, actor, 'chair'),
});
const override: AdminOverrideGranted = {
  type: 'welfare.admin-override.granted',
  data: {
    fundId: FUND_ID,
    overrideId: 'ov-1',
    amount: '3000.00',
    purpose: 'จัดประชุมใหญ่ประจำปี',
    resolutionRef: 'มติกรรมการ 4/2566',
    approverIds: [CHAIR, TREASURER, PRASERT],
    rulesVersion: 1,
  },
};
/** 10,000 baht received, so the 20 percent cap is 2,000. */
const funded = [fundRegistered(), matchingReceived('mt-1', 'codi', '10000.00')];

describe('a funded fund spending on administration', () => {
  it('spending that reaches the 20 percent cap exactly is recorded', () => {
    given(funded)
      .when(spend('2,000'))
      .then([
        {
          type: 'welfare.admin-spending.recorded',
          data: {
            fundId: FUND_ID,
            spendingId: 'ad-1',
            amount: '2000.00',
            purpose: 'ค่าเครื่องเขียนและค่าถ่ายเอกสาร',
            spentOn: '2023-04-01',
            documentRef: 'บจ 12/2566',
            overrideId: null,
            rulesVersion: 1,
          },
        },
      ]);
  });

  it('administration spending over the cap is refused', () => {
    given(funded).when(spend('2,000.01')).thenThrows('admin.cap-exceeded', { cap: '2000.00', spent: '0.00' });
  });

  it('the cap counts what was already spent', () => {
    const [first] = given(funded).when(spend('1,500')).events();
    given([...funded, first])
      .when(spend('500.01', null, 'ad-2'))
      .thenThrows('admin.cap-exceeded', { spent: '1500.00' });
  });

  it('spending over the cap is recorded when it names a committee override that covers it', () => {
    given([...funded, override])
      .when(spend('2,500', 'ov-1'))
      .thenMatches([{ type: 'welfare.admin-spending.recorded', data: { amount: '2500.00', overrideId: 'ov-1' } }]);
  });

  it('an override is used once and only up to its amount', () => {
    const [used] = given([...funded, override])
      .when(spend('2,500', 'ov-1'))
      .events();
    given([...funded, override, used])
      .when(spend('100', 'ov-1', 'ad-2'))
      .thenThrows('admin-override.already-used');
    given([...funded, override])
      .when(spend('3,000.01', 'ov-1'))
      .thenThrows('admin-override.exceeded');
    given(funded).when(spend('2,500', 'ov-9')).thenThrows('admin-override.not-found');
  });

  it('administration cannot overdraw the fund, override or not', () => {
    given([fundRegistered(), override]).when(spend('1', 'ov-1')).thenThrows('admin.overdraft', { balance: '0.00' });
  });
});

describe('a committee granting an administration override', () => {
  it('the override is itself an event, with the approvers and the resolution', () => {
    given(funded)
      .when(grant([CHAIR, TREASURER, PRASERT]))
      .then([override]);
  });

  it('an override needs the large-claim quorum of distinct committee members', () => {
    given(funded)
      .when(grant([CHAIR, TREASURER, TREASURER]))
      .thenThrows('admin-override.quorum-not-met', { required: 3, given: 2 });
  });

  it('every approver must sit on the committee, the recorder among them', () => {
    given(funded)
      .when(grant([CHAIR, TREASURER, 'u-outsider']))
      .thenThrows('admin-override.approver-not-committee');
    given(funded)
      .when(grant([TREASURER, PRASERT, ANAN]))
      .thenThrows('admin-override.recorder-not-approver');
    given(funded)
      .when(grant([CHAIR, TREASURER, PRASERT], 'u-outsider'))
      .thenThrows('committee.not-a-member');
  });
});
