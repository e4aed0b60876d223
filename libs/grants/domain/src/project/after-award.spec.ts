import { Money } from '@kongthun/kernel';
import {
  awarded,
  firstTrancheAccounted,
  givenProject,
  line,
  meta,
  OFFICER,
  PROJECT,
  released,
  reportAccepted,
  reportSubmitted,
  reviewed,
} from '../testing/saraburi';
import { AmendAgreement } from './project.commands';
import { ProjectEvent } from './project.events';

const amend = (
  kind: AmendAgreement['data']['kind'],
  newAmount: string | null = null,
  newEndDate: string | null = null,
  amendmentId = 'am-1',
): AmendAgreement => ({
  type: 'AmendAgreement',
  data: {
    amendmentId,
    kind,
    newAmount: newAmount === null ? null : Money.parse(newAmount),
    newEndDate,
    reason: 'ปรับแผน',
    documentRef: 'มติคณะกรรมการ 3/2566',
  },
  metadata: meta(OFFICER, '2023-06-01T03:00:00Z'),
});
const refund = (amount: string, refundId = 'rf-1') => ({
  type: 'RecordRefund' as const,
  data: { refundId, amount: Money.parse(amount), receivedOn: '2023-09-20', documentRef: 'ใบนำส่งเงิน 45' },
  metadata: meta(OFFICER, '2023-09-20T03:00:00Z'),
});
const close = { type: 'CloseProject' as const, data: {}, metadata: meta(OFFICER, '2023-09-30T03:00:00Z') };
const refunded = (amount: string): ProjectEvent => ({
  type: 'grants.refund.received',
  data: {
    projectId: PROJECT,
    awardId: 'aw-sb-001',
    refundId: 'rf-1',
    amount,
    receivedOn: '2023-09-20',
    documentRef: 'x',
    fromTranches: [{ trancheNumber: 1, amount }],
  },
});

describe('an awarded project being amended', () => {
  it('a reduction cuts the last unpaid tranches and returns the cut to the budget', () => {
    givenProject([...awarded(), released(1, '400000.00')])
      .when(amend('reduce', '700,000'))
      .thenMatches([
        {
          type: 'grants.agreement.amended',
          data: {
            amount: '700000.00',
            returned: '300000.00',
            tranches: [
              { number: 1, amount: '400000.00' },
              { number: 2, amount: '300000.00' },
            ],
          },
        },
      ]);
  });

  it('a reduction below what was paid is refused, and so is a "reduction" that is not smaller', () => {
    givenProject([...awarded(), released(1, '400000.00')])
      .when(amend('reduce', '399,999.99'))
      .thenThrows('amendment.below-released');
    givenProject(awarded()).when(amend('reduce', '1,000,000')).thenThrows('amendment.not-a-reduction');
  });

  it('an extension moves the end date later and returns nothing', () => {
    givenProject(awarded())
      .when(amend('extend', null, '2023-12-31'))
      .thenMatches([{ type: 'grants.agreement.amended', data: { endDate: '2023-12-31', returned: '0.00' } }]);
    givenProject(awarded())
      .when(amend('extend', null, '2023-09-30'))
      .thenThrows('amendment.not-an-extension');
  });

  it('a cancellation stops the agreement at what was paid and returns the rest', () => {
    givenProject([...awarded(), released(1, '400000.00')])
      .when(amend('cancel'))
      .thenMatches([{ type: 'grants.agreement.amended', data: { amount: '400000.00', returned: '600000.00' } }]);
  });

  it('a cancelled agreement pays no more tranches', () => {
    const cancelled = givenProject([...firstTrancheAccounted()])
      .when(amend('cancel'))
      .events();
    givenProject([...firstTrancheAccounted(), ...cancelled])
      .when({
        type: 'ReleaseTranche',
        data: {
          trancheNumber: 2,
          paidOn: '2023-06-02',
          method: 'bank-transfer',
          reference: 'x',
          organisation: {
            organisationId: 'o',
            name: 'o',
            areaCode: '19',
            bankAccountHash: 'a'.repeat(64),
            representativeCitizenIdHash: 'b'.repeat(64),
          },
          ruleVersion: 1,
        },
        metadata: meta(OFFICER),
      })
      .thenThrows('tranche.project-not-active');
  });

  it('an amendment id is used once, and a proposal without an agreement is not amended', () => {
    const first = givenProject(awarded())
      .when(amend('extend', null, '2023-12-31'))
      .events();
    givenProject([...awarded(), ...first])
      .when(amend('extend', null, '2024-01-31'))
      .thenThrows('amendment.duplicate');
    givenProject(reviewed())
      .when(amend('extend', null, '2024-01-31'))
      .thenThrows('amendment.project-not-active');
  });
});

describe('an awarded project refunding and closing', () => {
  it('a refund of unspent money is recorded: released less accepted spending', () => {
    givenProject(firstTrancheAccounted()).when(refund('10,000')).thenTypes(['grants.refund.received']);
  });

  it('a refund beyond what the organisation holds unspent is refused', () => {
    givenProject(firstTrancheAccounted()).when(refund('10,000.01')).thenThrows('refund.beyond-unspent', { unspent: '10000.00' });
  });

  it('closes once every report is reviewed and everything unspent is refunded, returning unpaid tranches to the budget', () => {
    givenProject([...firstTrancheAccounted(), refunded('10000.00')])
      .when(close)
      .thenMatches([
        {
          type: 'grants.project.closed',
          data: { released: '400000.00', spent: '390000.00', refunded: '10000.00', returnedToBudget: '600000.00' },
        },
      ]);
  });

  it('refuses to close with unspent money not refunded', () => {
    givenProject(firstTrancheAccounted()).when(close).thenThrows('closeout.unspent-not-refunded', { unspent: '10000.00' });
  });

  it('refuses to close with a report still pending', () => {
    givenProject([...awarded(), released(1, '400000.00'), reportSubmitted('r-1e', 1, 'expense', [line('aa01', '400000.00')])])
      .when(close)
      .thenThrows('closeout.reports-pending');
    givenProject([
      ...awarded(),
      released(1, '400000.00'),
      reportSubmitted('r-1e', 1, 'expense', [line('aa01', '400000.00')]),
      reportAccepted('r-1e'),
    ])
      .when(close)
      .thenTypes(['grants.project.closed']);
  });

  it('a closed project takes no refund and does not close twice', () => {
    const closed = givenProject([...firstTrancheAccounted(), refunded('10000.00')])
      .when(close)
      .events();
    givenProject([...firstTrancheAccounted(), refunded('10000.00'), ...closed])
      .when(close)
      .thenThrows('closeout.project-not-active');
    givenProject([...firstTrancheAccounted(), refunded('10000.00'), ...closed])
      .when(refund('1', 'rf-2'))
      .thenThrows('refund.project-not-active');
  });
});

describe('a refund naming the tranches it comes back from', () => {
  it('spreads over the paid tranches latest first, after the refunds before it', () => {
    const paid = [...firstTrancheAccounted(), released(2, '400000.00', ['r-1p', 'r-1e'])];
    const first = givenProject(paid).when(refund('300,000')).events();
    expect(first[0].data).toMatchObject({ fromTranches: [{ trancheNumber: 2, amount: '300000.00' }] });
    givenProject([...paid, ...first])
      .when(refund('110,000', 'rf-2'))
      .thenMatches([
        {
          type: 'grants.refund.received',
          data: {
            fromTranches: [
              { trancheNumber: 2, amount: '100000.00' },
              { trancheNumber: 1, amount: '10000.00' },
            ],
          },
        },
      ]);
  });
});
