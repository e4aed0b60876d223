import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { KeyedHasher, Money, ThaiCitizenId } from '@kongthun/kernel';
import { moneyContractSuite, StoryPerson } from '@kongthun/money-contract/testing';
import { GrantsCommandHandler } from '../commands/grants-command-handler';
import { receiptHashOf } from '../commands/receipt-hasher';
import { grantsMoneyTranslation } from './grants-money-publisher';
import { GRANTS_PROGRAMME } from './grants-money-drafts';

const actor = (userId: string, role: AuthenticatedActor['role']): AuthenticatedActor => ({
  userId,
  role,
  scope: { programmes: ['codi-story'] },
});
const officer = actor('officer', 'grants-officer');
const rules = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [{ tier: 'regional-office', upTo: '2000000.00', approverIds: ['director'] }],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'] as ('progress' | 'expense')[],
  reviewQuorum: 2,
};

/** Grants' own commands for the producer suite: a budget, an allocation, an award, a tranche, a report, a cut, a refund. */
const tellStory = async (person: StoryPerson) => {
  const store = new InMemoryEventStore();
  const handler = new GrantsCommandHandler(store, () => new Date('2026-01-15T03:00:00Z'));
  const hasher = new KeyedHasher(person.hashKey);
  const amount = (baht: string) => Money.parse(baht);
  await handler.programmeCommand(actor('admin', 'admin'), 'codi-story', {
    type: 'RegisterProgramme',
    data: { programmeId: 'codi-story', name: 'พอช. สระบุรี', funder: 'พอช.', areaCodes: ['19'], rules },
  });
  await handler.budgetCommand(officer, 'codi-story', 2566, {
    type: 'OpenBudget',
    data: {
      programmeId: 'codi-story',
      fiscalYear: 2566,
      programmeName: 'พอช. สระบุรี',
      funder: 'พอช.',
      areaCodes: ['19'],
      openedOn: '2022-10-01',
    },
  });
  await handler.budgetCommand(officer, 'codi-story', 2566, {
    type: 'AllocateBudget',
    data: {
      allocationId: 'al-1',
      kind: 'allocation',
      amount: amount('1,000,000'),
      amountWords: 'หนึ่งล้านบาทถ้วน',
      documentRef: 'พอช. 1/2566',
      receivedOn: '2022-11-01',
    },
  });
  await handler.organisationCommand(officer, 'org-1', {
    type: 'RegisterOrganisation',
    data: {
      organisationId: 'org-1',
      name: 'สภาองค์กรชุมชนตำบลหนองแค',
      type: 'community-council',
      areaCode: '190301',
      bankAccountHash: hasher.account(person.account),
      representativeCitizenIdHash: hasher.citizenId(ThaiCitizenId.parse(person.citizenId)),
      contacts: [{ personalDataRef: 'pd-1', role: 'ประธาน' }],
    },
  });
  await handler.projectCommand(officer, 'p-1', {
    type: 'SubmitProposal',
    data: {
      projectId: 'p-1',
      programmeId: 'codi-story',
      fiscalYear: 2566,
      organisation: await handler.organisationFacts('org-1'),
      title: 'ซ่อมบ้าน',
      objectives: ['ซ่อมบ้าน 10 หลัง'],
      areaCode: '190301',
      budgetLines: [{ category: 'materials', description: 'วัสดุ', amount: amount('500,000') }],
      requestedAmount: amount('500,000'),
      requestedAmountWords: 'ห้าแสนบาทถ้วน',
      plannedTranches: [1, 2, 3].map((number) => ({ number, plannedOn: '2023-03-01' })),
      plannedEndOn: '2023-09-30',
      documentRefs: ['p-1.pdf'],
      rules,
    },
  });
  await handler.projectCommand(officer, 'p-1', { type: 'OpenReview', data: { reviewerIds: ['rattana', 'somsak'], rules } });
  for (const reviewer of ['rattana', 'somsak'])
    await handler.projectCommand(actor(reviewer, 'committee'), 'p-1', {
      type: 'ScoreProposal',
      data: { score: 80, recommendation: 'fund', note: '' },
    });
  await handler.award(actor('director', 'committee'), 'p-1', {
    awardId: 'aw-1',
    amount: amount('500,000'),
    amountWords: 'ห้าแสนบาทถ้วน',
    conditions: [],
    decidedOn: '2023-01-10',
    endDate: '2023-09-30',
  });
  await handler.projectCommand(officer, 'p-1', {
    type: 'ReleaseTranche',
    data: {
      trancheNumber: 1,
      paidOn: '2023-02-01',
      method: 'bank-transfer',
      reference: 'ktb-1',
      organisation: await handler.organisationFacts('org-1'),
      ruleVersion: 1,
    },
  });
  await handler.projectCommand(officer, 'p-1', {
    type: 'SubmitReport',
    data: {
      reportId: 'r-1',
      trancheNumber: 1,
      kind: 'expense',
      summary: 'ค่าวัสดุ',
      lines: [
        {
          category: 'materials',
          description: 'ปูน',
          amount: amount('150,000'),
          receiptRef: 'rc-1',
          receiptHash: receiptHashOf(person.hashKey, 'ab'.repeat(32)),
        },
      ],
    },
  });
  await handler.projectCommand(officer, 'p-1', { type: 'AcceptReport', data: { reportId: 'r-1' } });
  await handler.projectThenReturn(
    officer,
    'p-1',
    {
      type: 'AmendAgreement',
      data: {
        amendmentId: 'am-1',
        kind: 'reduce',
        newAmount: amount('400,000'),
        newEndDate: null,
        reason: 'ลดเป้าหมาย',
        documentRef: 'มติ 1',
      },
    },
    () => 'am-1',
  );
  await handler.projectCommand(officer, 'p-1', {
    type: 'RecordRefund',
    data: { refundId: 'rf-1', amount: amount('50,000'), receivedOn: '2023-09-20', documentRef: 'ใบนำส่ง 1' },
  });

  const log = await store.readAll({ maxCount: 1000 });
  const events = log.map((entry) => entry.event);
  return {
    sourceEvents: events.map((event) => ({
      id: event.id,
      type: event.type,
      streamId: event.streamId,
      streamRevision: event.streamRevision,
      hash: event.hash,
    })),
    translate: async () => {
      const translate = grantsMoneyTranslation(store, hasher.keyId);
      return (await Promise.all(events.map((event) => translate(event)))).flat();
    },
  };
};

moneyContractSuite('grants', () => ({ programme: GRANTS_PROGRAMME, tellStory }));

describe('grants in the money contract', () => {
  it('publishes an allocation as money in, an award as a commitment, a tranche as a disbursement, a cut and a refund as reversals, and expense reports with receipt hashes', async () => {
    const story = await tellStory({ citizenId: '1101700230708', account: '123-4-56789-0', hashKey: 'money-contract-suite-key-32-bytes!' });
    const messages = (await story.translate()) as { type: string; unitId: string; data: Record<string, unknown> }[];
    expect(messages.map((m) => `${m.type} ${m.unitId}`)).toEqual([
      'money.unit.declared codi-story-2566',
      'money.in.received codi-story-2566',
      'money.unit.declared p-1',
      'money.commitment.made p-1',
      'money.disbursement.made p-1',
      'money.expenditure.reported p-1',
      'money.expenditure.reported p-1',
      'money.reversal.recorded p-1',
      'money.reversal.recorded p-1',
    ]);
    const [, allocation, project, award, tranche, submitted, accepted, cut, refund] = messages;
    expect(allocation.data).toMatchObject({ amount: '1000000.00', document: { amountFigures: '1000000.00', amountWords: 'หนึ่งล้านบาทถ้วน' } });
    expect(project.data).toMatchObject({ areaCodes: ['190301'], activeFrom: '2022-10-01', approvalLimit: '2000000.00' });
    expect(award.data).toMatchObject({
      commitmentId: 'aw-1',
      kind: 'award',
      amount: '500000.00',
      approvers: [{ userId: 'director' }, { userId: 'rattana' }, { userId: 'somsak' }],
    });
    expect(tranche.data).toMatchObject({
      disbursementId: 'aw-1-t1',
      commitmentId: 'aw-1',
      kind: 'grant-tranche',
      amount: '200000.00',
      areaCode: '190301',
    });
    expect(submitted.data).toMatchObject({
      status: 'submitted',
      amount: '150000.00',
      lines: [{ receiptRef: 'rc-1', receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) }],
    });
    expect(accepted.data).toMatchObject({ status: 'accepted', commitmentId: 'aw-1', trancheNumber: 1 });
    expect(cut.data).toMatchObject({ kind: 'reversal', undoes: { type: 'money.commitment.made', id: 'aw-1' }, amount: '100000.00' });
    expect(refund.data).toMatchObject({ kind: 'refund', undoes: { type: 'money.disbursement.made', id: 'aw-1-t1' }, amount: '50000.00' });
  });
});
