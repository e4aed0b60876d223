import { moneyMessage } from '@kongthun/money-contract/testing';
import { redFlagConfig } from '../red-flag-config';
import { commitment, disbursement, eventIds, findingsOf, hashOf, recipient, relation, unitDeclared } from '../testing/money-story';

const grants = (unitId: string) => ({ programme: 'grants', unitId });
const project = (unitId: string, approvalLimit: string | null = '2000000.00') =>
  unitDeclared({ areaCodes: ['19'], activeFrom: '2022-10-01', effectiveFrom: '2022-10-01', approvalLimit }, grants(unitId));
const award = (unitId: string, amount: string, decidedOn: string, who = 'org-nong-khae', approvers = ['director']) =>
  commitment(
    {
      commitmentId: `aw-${unitId}`,
      kind: 'award',
      recipient: recipient(who, { reference: who }),
      purpose: 'community-project',
      amount,
      decidedOn,
      approvers: approvers.map((userId) => ({ userId, citizenIdHash: null })),
    },
    grants(unitId),
  );
const tranche = (unitId: string, n: number, amount = '400000.00') =>
  disbursement(
    {
      disbursementId: `aw-${unitId}-t${n}`,
      commitmentId: `aw-${unitId}`,
      kind: 'grant-tranche',
      amount,
      paidOn: `2023-0${n + 1}-01`,
      areaCode: '190301',
    },
    grants(unitId),
  );
const expenditure = (unitId: string, id: string, status: 'submitted' | 'accepted' | 'queried', receipts: string[] = []) =>
  moneyMessage(
    'money.expenditure.reported',
    {
      expenditureId: id,
      commitmentId: `aw-${unitId}`,
      status,
      trancheNumber: 1,
      amount: '1000.00',
      lines: receipts.map((receipt) => ({
        category: 'materials',
        receiptRef: receipt,
        receiptHash: hashOf(`receipt:${receipt}`),
        amount: '1000.00',
      })),
      recordedOn: '2023-04-01',
    },
    grants(unitId),
  );

describe('red-flag.receipt-claimed-twice', () => {
  const RULE = 'red-flag.receipt-claimed-twice';

  it('one receipt claimed by two projects is flagged, citing both reports', () => {
    const first = expenditure('sb-05', 'r-5', 'submitted', ['0456']);
    const second = expenditure('sb-04', 'r-4', 'submitted', ['0456']);
    expect(findingsOf(RULE, [project('sb-05'), project('sb-04'), first, second])).toMatchObject([
      {
        severity: 'high',
        evidenceEventIds: eventIds(first, second),
        details: { firstUnitId: 'sb-05', expenditureId: 'r-4', receiptHash: hashOf('receipt:0456') },
      },
    ]);
  });

  it('one receipt on two lines of one report is flagged too', () => {
    expect(findingsOf(RULE, [project('sb-05'), expenditure('sb-05', 'r-5', 'submitted', ['0456', '0456'])])).toHaveLength(1);
  });

  it('different receipts, and a decision on a report (no lines), are not flagged', () => {
    expect(
      findingsOf(RULE, [
        project('a'),
        expenditure('a', 'r-1', 'submitted', ['1']),
        expenditure('a', 'r-1', 'accepted'),
        expenditure('a', 'r-2', 'submitted', ['2']),
      ]),
    ).toEqual([]);
  });
});

describe('red-flag.tranche-without-accepted-report', () => {
  const RULE = 'red-flag.tranche-without-accepted-report';
  const awarded = () => [project('sb-04'), award('sb-04', '1000000.00', '2023-01-10')];

  it('a second tranche paid with no expenditure report accepted since the first is flagged', () => {
    const second = tranche('sb-04', 2);
    expect(findingsOf(RULE, [...awarded(), tranche('sb-04', 1), second])).toMatchObject([
      { severity: 'high', evidenceEventIds: eventIds(second), details: { trancheNumber: 2, commitmentId: 'aw-sb-04' } },
    ]);
  });

  it('a report submitted or queried is not enough; one accepted is', () => {
    expect(
      findingsOf(RULE, [
        ...awarded(),
        tranche('sb-04', 1),
        expenditure('sb-04', 'r-1', 'submitted', ['x']),
        expenditure('sb-04', 'r-1', 'queried'),
        tranche('sb-04', 2),
      ]),
    ).toHaveLength(1);
    expect(
      findingsOf(RULE, [
        ...awarded(),
        tranche('sb-04', 1),
        expenditure('sb-04', 'r-1', 'submitted', ['x']),
        expenditure('sb-04', 'r-1', 'accepted'),
        tranche('sb-04', 2),
      ]),
    ).toEqual([]);
  });

  it('the first tranche needs no report; the third needs one accepted after the second', () => {
    expect(findingsOf(RULE, [...awarded(), tranche('sb-04', 1)])).toEqual([]);
    const third = tranche('sb-04', 3);
    expect(
      findingsOf(RULE, [...awarded(), tranche('sb-04', 1), expenditure('sb-04', 'r-1', 'accepted'), tranche('sb-04', 2), third]),
    ).toMatchObject([{ evidenceEventIds: eventIds(third) }]);
  });
});

describe('red-flag.awards-concentrated', () => {
  const RULE = 'red-flag.awards-concentrated';

  it('one organisation winning three awards of a programme within 90 days is flagged', () => {
    const awards = [
      award('p-1', '100000.00', '2023-01-10'),
      award('p-2', '100000.00', '2023-02-10'),
      award('p-3', '100000.00', '2023-04-09'),
    ];
    expect(findingsOf(RULE, [project('p-1'), project('p-2'), project('p-3'), ...awards])).toMatchObject([
      {
        severity: 'medium',
        evidenceEventIds: eventIds(...awards),
        details: { awards: 3, recipientReference: 'org-nong-khae', thresholdName: 'awardConcentration' },
      },
    ]);
  });

  it('spread beyond the window, or to different organisations, is not flagged; the threshold is configuration', () => {
    const units = [project('p-1'), project('p-2'), project('p-3')];
    expect(
      findingsOf(RULE, [
        ...units,
        award('p-1', '1.00', '2023-01-10'),
        award('p-2', '1.00', '2023-02-10'),
        award('p-3', '1.00', '2023-04-11'),
      ]),
    ).toEqual([]);
    expect(
      findingsOf(RULE, [
        ...units,
        award('p-1', '1.00', '2023-01-10'),
        award('p-2', '1.00', '2023-01-11', 'org-b'),
        award('p-3', '1.00', '2023-01-12'),
      ]),
    ).toEqual([]);
    expect(
      findingsOf(
        RULE,
        [...units, award('p-1', '1.00', '2023-01-10'), award('p-2', '1.00', '2023-01-11')],
        redFlagConfig({ awardConcentration: { minAwards: 2 } }),
      ),
    ).toHaveLength(1);
  });
});

describe('red-flag.awards-split-under-tier', () => {
  const RULE = 'red-flag.awards-split-under-tier';

  it('two awards to one organisation in two projects, each just under the 2,000,000 baht tier, together over it, are flagged', () => {
    const first = award('p-1', '1950000.00', '2023-01-10');
    const second = award('p-2', '1900000.00', '2023-01-25');
    expect(findingsOf(RULE, [project('p-1'), project('p-2'), first, second])).toMatchObject([
      {
        severity: 'medium',
        evidenceEventIds: eventIds(first, second),
        details: { parts: 2, total: '3850000.00', approvalLimit: '2000000.00', units: ['p-1', 'p-2'] },
      },
    ]);
  });

  it('awards well under the tier, outside the window, or where no tier is declared are not flagged', () => {
    expect(
      findingsOf(RULE, [
        project('p-1'),
        project('p-2'),
        award('p-1', '1000000.00', '2023-01-10'),
        award('p-2', '1100000.00', '2023-01-11'),
      ]),
    ).toEqual([]);
    expect(
      findingsOf(RULE, [
        project('p-1'),
        project('p-2'),
        award('p-1', '1950000.00', '2023-01-10'),
        award('p-2', '1950000.00', '2023-03-10'),
      ]),
    ).toEqual([]);
    expect(
      findingsOf(RULE, [
        project('p-1', null),
        project('p-2', null),
        award('p-1', '1950000.00', '2023-01-10'),
        award('p-2', '1950000.00', '2023-01-11'),
      ]),
    ).toEqual([]);
  });
});

describe('red-flag.conflicted-approver over grants: a related reviewer or approver', () => {
  const RULE = 'red-flag.conflicted-approver';

  it('a reviewer the award rests on, declared related to the organisation after the award, is flagged', () => {
    const awarded = award('sb-03', '1499210.00', '2023-01-20', 'org-nong-khae', ['director', 'wilai']);
    const declared = relation(
      { approverId: 'wilai', recipientReference: 'org-nong-khae', relationship: 'น้องสาวของประธาน' },
      grants('sb-03'),
    );
    expect(findingsOf(RULE, [project('sb-03'), awarded, declared])).toMatchObject([
      { severity: 'high', details: { approverId: 'wilai', recipientReference: 'org-nong-khae', conflict: 'related' } },
    ]);
  });

  it('a relation of someone who neither reviewed nor approved is not flagged', () => {
    const awarded = award('sb-03', '1499210.00', '2023-01-20', 'org-nong-khae', ['director', 'rattana']);
    expect(
      findingsOf(RULE, [
        project('sb-03'),
        awarded,
        relation({ approverId: 'wilai', recipientReference: 'org-nong-khae' }, grants('sb-03')),
      ]),
    ).toEqual([]);
  });
});
