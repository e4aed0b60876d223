import { MoneyMessage, MoneyMessageOf } from '@kongthun/money-contract';
import { moneyMessage } from '@kongthun/money-contract/testing';

/**
 * Money-contract messages of one programme unit for the auditor's tests, as any programme would
 * publish them: no programme's code is involved. Each message gets its own source event in the
 * unit's stream (`<programme>-<unitId>`), at the next revision.
 */
export const unitStory = (programme: string, unitId: string, areaCodes: string[]) => {
  let revision = 0;
  const streamId = `${programme}-${unitId}`;
  const next = <T extends MoneyMessage['type']>(
    type: T,
    data: MoneyMessageOf<T>['data'],
    at: { occurredOn: string; recordedAt?: string },
  ): MoneyMessageOf<T> => {
    revision += 1;
    const eventId = `0190f000-0000-7000-9${String(revision).padStart(3, '0')}-${Buffer.from(`${programme}/${unitId}`).toString('hex').padEnd(12, '0').slice(0, 12)}`;
    return moneyMessage(type, data, {
      programme,
      unitId,
      occurredOn: at.occurredOn,
      recordedAt: at.recordedAt ?? `${at.occurredOn}T03:00:00.000Z`,
      source: {
        eventId,
        streamId,
        streamRevision: String(revision),
        type: `${programme}.test.${type}`,
        hash: revision.toString(16).padStart(64, '0'),
      },
    });
  };
  const doc = (amount: string) => ({ reference: `doc-${revision + 1}`, amountFigures: amount, amountWords: null });
  const covers = (eventDate: string) => ({ eventDate, periodFrom: null, periodTo: null });
  return {
    streamId,
    declared: (on = '2024-01-05') =>
      next(
        'money.unit.declared',
        {
          name: `unit ${unitId}`,
          areaCodes,
          activeFrom: on,
          activeUntil: null,
          ruleVersion: 1,
          effectiveFrom: on,
          adminCostCapPercent: 10,
          approvalLimit: '5000.00',
          terms: {},
        },
        { occurredOn: on },
      ),
    moneyIn: (moneyInId: string, kind: MoneyMessageOf<'money.in.received'>['data']['source']['kind'], amount: string, on: string) =>
      next(
        'money.in.received',
        { moneyInId, source: { kind, name: kind }, amount, receivedOn: on, fiscalYear: 2568, document: doc(amount), payer: null },
        { occurredOn: on },
      ),
    committed: (commitmentId: string, amount: string, on: string) =>
      next(
        'money.commitment.made',
        {
          commitmentId,
          kind: 'approved-claim',
          recipient: { reference: 'm-1', citizenIdHash: 'a'.repeat(64), accountHash: null, memberSince: '2024-01-10' },
          purpose: 'sickness',
          covers: covers(on),
          amount,
          approvers: [{ userId: 'u-chair', citizenIdHash: null }],
          ruleVersion: 1,
          decidedOn: on,
          document: null,
        },
        { occurredOn: on },
      ),
    disbursed: (
      disbursementId: string,
      kind: MoneyMessageOf<'money.disbursement.made'>['data']['kind'],
      amount: string,
      on: string,
      commitmentId: string | null = null,
    ) =>
      next(
        'money.disbursement.made',
        {
          disbursementId,
          commitmentId,
          kind,
          recipient:
            kind === 'administration'
              ? null
              : { reference: 'm-1', citizenIdHash: 'a'.repeat(64), accountHash: 'b'.repeat(64), memberSince: '2024-01-10' },
          purpose: kind === 'administration' ? 'office' : 'sickness',
          covers: covers(on),
          amount,
          method: 'cash',
          paidOn: on,
          areaCode: areaCodes[0],
          approvers: [{ userId: 'u-chair', citizenIdHash: null }],
          ruleVersion: 1,
          exceptionRef: null,
          document: null,
        },
        { occurredOn: on },
      ),
    reversed: (
      reversalId: string,
      kind: 'reversal' | 'refund',
      undoes: MoneyMessageOf<'money.reversal.recorded'>['data']['undoes'],
      amount: string,
      on: string,
    ) => next('money.reversal.recorded', { reversalId, kind, undoes, amount, recordedOn: on, reason: 'test' }, { occurredOn: on }),
  };
};
