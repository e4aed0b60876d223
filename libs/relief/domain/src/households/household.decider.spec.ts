import { deciderSpec } from '@kongthun/kernel/testing';
import { DamageItem } from '../rates/entitlements';
import { inForceOn } from '../rates/rate-table';
import { at, BAND_TABLES, household, ITEM_TABLES, personHash, ZONE } from '../testing/relief-fixtures';
import { paymentReference } from './household-buckets';
import { BankOutcome, HouseholdBucketCommand } from './household.commands';
import { householdBucketDecider } from './household.decider';
import { HouseholdBucketEvent } from './household.events';

const spec = deciderSpec(householdBucketDecider);
const itemTable = inForceOn(ITEM_TABLES, ZONE.disasterDate)!;
const bandTable = inForceOn(BAND_TABLES, ZONE.disasterDate)!;
const register = (day: string, ...households: ReturnType<typeof household>[]): HouseholdBucketCommand => ({
  type: 'RegisterHouseholds',
  data: { zone: ZONE, bucket: 0, households },
  metadata: at(day),
});
const assess = (
  n: number,
  items: DamageItem[] = [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
  floodDays: number | null = 10,
): HouseholdBucketCommand => ({
  type: 'AssessHouseholds',
  data: {
    zone: ZONE,
    bucket: 0,
    itemTable,
    bandTable,
    assessments: [{ householdId: household(n).householdId, assessmentId: `as-${n}`, floodDays, items }],
  },
  metadata: at('2025-11-25', 'assessor-1'),
});
const issue = (runId = 'run-1', day = '2025-12-01', method: 'bank-transfer' | 'promptpay' = 'bank-transfer'): HouseholdBucketCommand => ({
  type: 'IssuePayments',
  data: { zone: ZONE, bucket: 0, run: { runId, method, approverIds: ['chair-1', 'member-2'] } },
  metadata: at(day, 'system'),
});
const ref = (n: number, attempt = 1) => paymentReference(ZONE.declarationId, household(n).householdId, 0, attempt);
const results = (runId: string, ...lines: [string, string, BankOutcome][]): HouseholdBucketCommand => ({
  type: 'RecordBankResults',
  data: {
    zone: ZONE,
    bucket: 0,
    runId,
    lines: lines.map(([reference, amount, outcome], i) => ({
      lineNo: i + 1,
      reference,
      amount,
      outcome,
      reason: outcome === 'paid' ? '' : 'บัญชีปิด',
      valueDate: '2025-12-02',
    })),
  },
  metadata: at('2025-12-02', 'system'),
});

const decideAll = (commands: HouseholdBucketCommand[]): HouseholdBucketEvent[] => {
  const events: HouseholdBucketEvent[] = [];
  for (const command of commands) events.push(...householdBucketDecider.decide(command, spec(events).state));
  return events;
};
const registered = () => decideAll([register('2025-11-21', household(1), household(2))]);
const assessed = () =>
  decideAll([
    register('2025-11-21', household(1), household(2)),
    assess(1),
    assess(2, [{ item: 'clothing', quantity: 3, assessedCost: null }], null),
  ]);
const issued = () =>
  decideAll([
    register('2025-11-21', household(1), household(2)),
    assess(1),
    assess(2, [{ item: 'clothing', quantity: 3, assessedCost: null }], null),
    issue(),
  ]);

describe('registering households', () => {
  it('a household in a declared village within the period is registered, by hashes and references only', () => {
    spec([])
      .when(register('2025-11-21', household(1)))
      .then([
        {
          type: 'relief.households.registered',
          data: {
            declarationId: ZONE.declarationId,
            bucket: 0,
            registeredOn: '2025-11-21',
            registeredBy: 'officer-1',
            households: [household(1)],
          },
        },
      ]);
  });
  it('a household in a village outside the declared areas is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1, { villageCode: '86010501' })))
      .thenThrows('relief.household-outside-area');
  });
  it('a household in a declared village (not the whole subdistrict) is registered', () => {
    spec([])
      .when(register('2025-11-21', household(1, { villageCode: '86010403' })))
      .thenTypes(['relief.households.registered']);
  });
  it('a registration after the declared period is refused', () => {
    spec([])
      .when(register('2026-02-21', household(1)))
      .thenThrows('relief.registration-outside-period');
  });
  it('a registration before the declared period is refused', () => {
    spec([])
      .when(register('2025-11-19', household(1)))
      .thenThrows('relief.registration-outside-period');
  });
  it('a household is registered once per declaration', () => {
    spec(registered())
      .when(register('2025-11-22', household(1)))
      .thenThrows('relief.household-already-registered');
  });
  it('the same household twice in one batch is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1), household(1)))
      .thenThrows('relief.household-already-registered');
  });
  it('a registration without the village head’s or kamnan’s certification is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1, { certifiedBy: { documentRef: '', certifierIdHash: personHash(9000) } })))
      .thenThrows('relief.registration-incomplete');
  });
  it('a registration without the community meeting is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1, { communityMeetingRef: '' })))
      .thenThrows('relief.registration-incomplete');
  });
  it('a citizen ID in clear text instead of its keyed hash is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1, { head: { citizenIdHash: '3860100000018', personalDataRef: 'pd' } })))
      .thenThrows('relief.citizen-id-hash-invalid');
  });
  it('an account number in clear text instead of its keyed hash is refused', () => {
    spec([])
      .when(register('2025-11-21', household(1, { accountHash: '0201234567' })))
      .thenThrows('relief.account-hash-invalid');
  });
  it('a household of another register stream is refused', () => {
    spec([])
      .when({
        ...register('2025-11-21', household(1)),
        data: {
          zone: { ...ZONE, householdBuckets: 2 },
          bucket: 1 - (Number.parseInt(household(1).householdId.slice(0, 8), 16) % 2),
          households: [household(1)],
        },
      } as HouseholdBucketCommand)
      .thenThrows('relief.wrong-bucket');
  });
});

describe('assessing a registered household', () => {
  it('entitlements come from the rate table and the flood band in force on the disaster date', () => {
    spec(registered())
      .when(assess(1))
      .thenMatches([
        {
          type: 'relief.households.assessed',
          data: {
            disasterDate: '2025-11-20',
            assessments: [
              {
                assessmentId: 'as-1',
                entitlements: [
                  { item: 'house-repair', amount: '20000.00', tableId: 'mof-advance-fund-2019', capped: false },
                  { item: 'flood-duration', amount: '9000.00', tableId: 'cabinet-flood-2025', band: 'flooded-or-cut-off' },
                ],
              },
            ],
          },
        },
      ]);
  });
  it('a household not registered is refused', () => {
    spec([]).when(assess(1)).thenThrows('relief.household-not-registered');
  });
  it('a household is assessed once', () => {
    spec(assessed()).when(assess(1)).thenThrows('relief.household-already-assessed');
  });
  it('a rate table that took effect after the disaster is refused', () => {
    const command = assess(1);
    (command.data as { itemTable: unknown }).itemTable = { ...itemTable, effectiveFrom: '2025-12-01' };
    spec(registered()).when(command).thenThrows('relief.rate-table-not-in-force');
  });
  it('an assessment with nothing to pay is refused', () => {
    spec(registered())
      .when(assess(1, [], null))
      .thenThrows('relief.nothing-to-assess');
  });
});

describe('issuing payments for a run', () => {
  it('every assessed household of the method gets one payment of its whole entitlement, under attempt 1’s reference', () => {
    spec(assessed())
      .when(issue())
      .thenMatches([
        {
          type: 'relief.payments.issued',
          data: {
            runId: 'run-1',
            payments: [
              { householdId: household(1).householdId, reference: ref(1), attempt: 1, amount: '29000.00' },
              { householdId: household(2).householdId, reference: ref(2), attempt: 1, amount: '3300.00' },
            ],
          },
        },
      ]);
  });
  it('issuing the same run again issues nothing (a re-export or retried job pays no one twice)', () => {
    spec(issued()).when(issue()).thenNothing();
  });
  it('another run leaves out households with a payment in flight', () => {
    spec(issued()).when(issue('run-2')).thenNothing();
  });
  it('a run by PromptPay leaves out households paid by bank transfer', () => {
    spec(assessed())
      .when(issue('run-1', '2025-12-01', 'promptpay'))
      .thenNothing();
  });
  it('a run after the declared period issues nothing', () => {
    spec(assessed()).when(issue('run-1', '2026-03-01')).thenNothing();
  });
});

describe('reconciling a bank result file', () => {
  it('a paid line settles its payment with what the money contract needs', () => {
    spec(issued())
      .when(results('run-1', [ref(1), '29000.00', 'paid']))
      .thenMatches([
        {
          type: 'relief.payments.settled',
          data: {
            paidOn: '2025-12-02',
            approverIds: ['chair-1', 'member-2'],
            payments: [{ reference: ref(1), villageCode: '86010201', headCitizenIdHash: personHash(1) }],
          },
        },
      ]);
  });
  it('a failed line fails its payment, which a later run retries under a new reference', () => {
    const failed = [...issued(), ...householdBucketDecider.decide(results('run-1', [ref(2), '3300.00', 'failed']), spec(issued()).state)];
    expect(failed.at(-1)).toMatchObject({ type: 'relief.payments.failed', data: { payments: [{ reference: ref(2), reason: 'บัญชีปิด' }] } });
    spec(failed)
      .when(issue('run-2', '2025-12-10'))
      .thenMatches([{ type: 'relief.payments.issued', data: { payments: [{ reference: ref(2, 2), attempt: 2, amount: '3300.00' }] } }]);
    expect(ref(2, 2)).not.toBe(ref(2));
  });
  it('a line with a reference never issued is an unknown reference and changes nothing', () => {
    spec(issued())
      .when(results('run-1', ['RF0000AAAAAAAAAAAA', '29000.00', 'paid']))
      .then([
        {
          type: 'relief.bank-lines.unmatched',
          data: {
            declarationId: ZONE.declarationId,
            bucket: 0,
            runId: 'run-1',
            lines: [{ lineNo: 1, reference: 'RF0000AAAAAAAAAAAA', amount: '29000.00', outcome: 'unknown-reference' }],
          },
        },
      ]);
  });
  it('a line of another run’s reference is an unknown reference in this run', () => {
    spec(issued())
      .when(results('run-9', [ref(1), '29000.00', 'paid']))
      .thenMatches([{ type: 'relief.bank-lines.unmatched', data: { lines: [{ outcome: 'unknown-reference' }] } }]);
  });
  it('a line whose amount differs from the issued amount is a mismatch and pays nothing', () => {
    spec(issued())
      .when(results('run-1', [ref(1), '2900.00', 'paid']))
      .thenMatches([{ type: 'relief.bank-lines.unmatched', data: { lines: [{ outcome: 'amount-mismatch', amount: '2900.00' }] } }]);
  });
  it('the same line twice in a file settles once and counts a duplicate', () => {
    spec(issued())
      .when(results('run-1', [ref(1), '29000.00', 'paid'], [ref(1), '29000.00', 'paid']))
      .thenMatches([
        { type: 'relief.payments.settled', data: { payments: [{ reference: ref(1) }] } },
        { type: 'relief.bank-lines.unmatched', data: { lines: [{ lineNo: 2, outcome: 'duplicate-line' }] } },
      ]);
  });
  it('a paid line for a payment already paid (the file imported again) is a duplicate', () => {
    const paid = [...issued(), ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'paid']), spec(issued()).state)];
    spec(paid)
      .when(results('run-1', [ref(1), '29000.00', 'paid']))
      .thenMatches([{ type: 'relief.bank-lines.unmatched', data: { lines: [{ outcome: 'duplicate-line' }] } }]);
  });
  it('a returned line for a paid payment records the money coming back', () => {
    const paid = [...issued(), ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'paid']), spec(issued()).state)];
    spec(paid)
      .when(results('run-1', [ref(1), '29000.00', 'returned']))
      .thenMatches([{ type: 'relief.payments.returned', data: { payments: [{ reference: ref(1), amount: '29000.00' }] } }]);
  });
  it('money credited back for a payment never seen paid is a failure, retried in a later run', () => {
    spec(issued())
      .when(results('run-1', [ref(2), '3300.00', 'credited-back']))
      .then([
        {
          type: 'relief.payments.failed',
          data: {
            declarationId: ZONE.declarationId,
            bucket: 0,
            runId: 'run-1',
            failedOn: '2025-12-02',
            payments: [{ householdId: household(2).householdId, reference: ref(2), amount: '3300.00', reason: 'บัญชีปิด' }],
          },
        },
      ]);
  });
  it('money credited back for a paid payment is a return, and a second credit back is a duplicate', () => {
    const paid = [...issued(), ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'paid']), spec(issued()).state)];
    spec(paid)
      .when(results('run-1', [ref(1), '29000.00', 'credited-back']))
      .thenMatches([{ type: 'relief.payments.returned', data: { payments: [{ reference: ref(1), amount: '29000.00' }] } }]);
    const returned = [...paid, ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'credited-back']), spec(paid).state)];
    spec(returned)
      .when(results('run-1', [ref(1), '29000.00', 'credited-back']))
      .thenMatches([{ type: 'relief.bank-lines.unmatched', data: { lines: [{ outcome: 'duplicate-line' }] } }]);
  });
  it('a paid household is never issued again', () => {
    const paid = [
      ...issued(),
      ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'paid'], [ref(2), '3300.00', 'paid']), spec(issued()).state),
    ];
    spec(paid).when(issue('run-2', '2025-12-10')).thenNothing();
  });
});

describe('reversing a payment', () => {
  const paid = () => [...issued(), ...householdBucketDecider.decide(results('run-1', [ref(1), '29000.00', 'paid']), spec(issued()).state)];
  const reverse = (reference: string, reversalId = 'rv-1'): HouseholdBucketCommand => ({
    type: 'ReversePayment',
    data: { zone: ZONE, bucket: 0, reference, reversalId, reason: 'โอนผิดครัวเรือน' },
    metadata: at('2025-12-05'),
  });
  it('a paid payment is reversed by an event naming it, with its full amount', () => {
    spec(paid())
      .when(reverse(ref(1)))
      .thenMatches([{ type: 'relief.payment.reversed', data: { reference: ref(1), amount: '29000.00', reversedOn: '2025-12-05' } }]);
  });
  it('a payment not paid cannot be reversed', () => {
    spec(paid())
      .when(reverse(ref(2)))
      .thenThrows('relief.payment-not-paid');
  });
  it('an unknown payment cannot be reversed', () => {
    spec(paid()).when(reverse('RF0000AAAAAAAAAAAA')).thenThrows('relief.payment-not-found');
  });
  it('a reversal id is used once', () => {
    const reversed = [...paid(), ...householdBucketDecider.decide(reverse(ref(1)), spec(paid()).state)];
    spec(reversed)
      .when(reverse(ref(1)))
      .thenThrows('relief.reversal-duplicate');
  });
});
