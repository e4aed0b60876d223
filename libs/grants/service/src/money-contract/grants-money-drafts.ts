import { BudgetEvent, ProjectEvent } from '@kongthun/grants-domain';
import { MoneyMessageOf, MoneyMessageType } from '@kongthun/money-contract';

/** The grants programme's name in the money contract. */
export const GRANTS_PROGRAMME = 'grants';

export type Draft<T extends MoneyMessageType> = { type: T; occurredOn: string; unitId: string; data: MoneyMessageOf<T>['data'] };
export type AnyDraft = { [T in MoneyMessageType]: Draft<T> }[MoneyMessageType];

/** What money messages of a budget name besides its events: from the budget's opening, its first event. */
export interface BudgetFacts {
  funder: string;
}

/** The money unit of a programme's fiscal-year budget: allocations come in here. */
export const budgetUnitId = (programmeId: string, fiscalYear: number) => `${programmeId}-${fiscalYear}`;
/** The Thai fiscal year (Oct–Sep) named by its BE year, as calendar days. */
export const fiscalYearDays = (fiscalYear: number) => ({ from: `${fiscalYear - 544}-10-01`, until: `${fiscalYear - 543}-09-30` });
/** The id of the disbursement of one tranche: the award it pays and the tranche's number. */
export const trancheDisbursementId = (awardId: string, trancheNumber: number) => `${awardId}-t${trancheNumber}`;

const noCovers = { eventDate: null, periodFrom: null, periodTo: null };

/**
 * What one budget event means in the money contract: the budget is a unit (its fiscal year, its
 * areas) and allocations are money in (IATI 1, incoming funds). Reservations and returns are the
 * budget's own bookkeeping; the commitments they mirror are published by the projects.
 */
export const budgetDraftsOf = (event: BudgetEvent, facts: BudgetFacts): AnyDraft[] => {
  const unitId = budgetUnitId(event.data.programmeId, event.data.fiscalYear);
  switch (event.type) {
    case 'grants.budget.opened': {
      const { from, until } = fiscalYearDays(event.data.fiscalYear);
      return [
        {
          type: 'money.unit.declared',
          unitId,
          occurredOn: from,
          data: {
            name: `${event.data.programmeName} ปีงบประมาณ ${event.data.fiscalYear}`,
            areaCodes: event.data.areaCodes,
            activeFrom: from,
            activeUntil: until,
            ruleVersion: 1,
            effectiveFrom: from,
            adminCostCapPercent: null,
            approvalLimit: null,
            terms: {
              kind: 'grants-budget',
              programmeId: event.data.programmeId,
              fiscalYear: event.data.fiscalYear,
              funder: event.data.funder,
            },
          },
        },
      ];
    }
    case 'grants.budget.allocated': {
      const d = event.data;
      return [
        {
          type: 'money.in.received',
          unitId,
          occurredOn: d.receivedOn,
          data: {
            moneyInId: d.allocationId,
            source: { kind: 'budget-allocation', name: facts.funder },
            amount: d.amount,
            receivedOn: d.receivedOn,
            fiscalYear: d.fiscalYear,
            document: { reference: d.documentRef, amountFigures: d.amount, amountWords: d.amountWords },
            payer: null,
          },
        },
      ];
    }
    default:
      return [];
  }
};

/**
 * What one project event means in the money contract. The project is a unit (its area, from the
 * start of its fiscal year); the award is a commitment (IATI 2), a tranche a disbursement (IATI 3)
 * to the organisation's account hash, expense reports are expenditure (IATI 4) with receipt
 * hashes, a cut commitment a reversal of the award, and a refund a refund of the tranches it names.
 */
export const projectDraftsOf = (event: ProjectEvent, recordedDay: string): AnyDraft[] => {
  const unitId = event.data.projectId;
  switch (event.type) {
    case 'grants.proposal.submitted': {
      const d = event.data;
      const { from } = fiscalYearDays(d.fiscalYear);
      return [
        {
          type: 'money.unit.declared',
          unitId,
          occurredOn: from,
          data: {
            name: d.title,
            areaCodes: [d.areaCode],
            activeFrom: from,
            activeUntil: null,
            ruleVersion: d.ruleVersion,
            effectiveFrom: from,
            adminCostCapPercent: null,
            approvalLimit: d.approvalLimit,
            terms: {
              kind: 'grants-project',
              programmeId: d.programmeId,
              fiscalYear: d.fiscalYear,
              organisationId: d.organisationId,
              budgetUnitId: budgetUnitId(d.programmeId, d.fiscalYear),
            },
          },
        },
      ];
    }
    case 'grants.project.relation-declared':
      return [
        {
          type: 'money.relation.declared',
          unitId,
          occurredOn: event.data.declaredOn,
          data: {
            approverId: event.data.userId,
            approverCitizenIdHash: null,
            recipientReference: event.data.organisationId,
            relationship: event.data.relationship,
          },
        },
      ];
    case 'grants.project.awarded': {
      const d = event.data;
      return [
        {
          type: 'money.commitment.made',
          unitId,
          occurredOn: d.decidedOn,
          data: {
            commitmentId: d.awardId,
            kind: 'award',
            recipient: { reference: d.organisationId, citizenIdHash: null, accountHash: null, memberSince: null },
            purpose: 'community-project',
            covers: { eventDate: null, periodFrom: d.decidedOn, periodTo: d.endDate },
            amount: d.amount,
            // The approver, and the reviewers whose recommendations the award rests on.
            approvers: [d.approverId, ...d.reviewerIds.filter((id) => id !== d.approverId)].map((userId) => ({
              userId,
              citizenIdHash: null,
            })),
            ruleVersion: d.ruleVersion,
            decidedOn: d.decidedOn,
            document: { reference: d.awardId, amountFigures: d.amount, amountWords: d.amountWords },
          },
        },
      ];
    }
    case 'grants.tranche.released': {
      const d = event.data;
      return [
        {
          type: 'money.disbursement.made',
          unitId,
          occurredOn: d.paidOn,
          data: {
            disbursementId: trancheDisbursementId(d.awardId, d.trancheNumber),
            commitmentId: d.awardId,
            kind: 'grant-tranche',
            recipient: {
              reference: d.organisationId,
              citizenIdHash: d.representativeCitizenIdHash,
              accountHash: d.accountHash,
              memberSince: null,
            },
            purpose: `tranche-${d.trancheNumber}`,
            covers: noCovers,
            amount: d.amount,
            method: d.method,
            paidOn: d.paidOn,
            areaCode: d.areaCode,
            approvers: [{ userId: d.approverId, citizenIdHash: null }],
            ruleVersion: d.ruleVersion,
            exceptionRef: null,
            document: { reference: d.reference, amountFigures: null, amountWords: null },
          },
        },
      ];
    }
    case 'grants.report.submitted': {
      const d = event.data;
      if (d.kind !== 'expense') return [];
      return [
        {
          type: 'money.expenditure.reported',
          unitId,
          occurredOn: recordedDay,
          data: {
            expenditureId: d.reportId,
            commitmentId: d.awardId,
            status: 'submitted',
            trancheNumber: d.trancheNumber,
            amount: d.total,
            lines: d.lines.map(({ category, receiptRef, receiptHash, amount }) => ({ category, receiptRef, receiptHash, amount })),
            recordedOn: d.submittedOn,
          },
        },
      ];
    }
    case 'grants.report.accepted':
    case 'grants.report.queried': {
      const d = event.data;
      if (d.kind !== 'expense') return [];
      const on = event.type === 'grants.report.accepted' ? event.data.acceptedOn : event.data.queriedOn;
      return [
        {
          type: 'money.expenditure.reported',
          unitId,
          occurredOn: on,
          data: {
            expenditureId: d.reportId,
            commitmentId: d.awardId,
            status: event.type === 'grants.report.accepted' ? 'accepted' : 'queried',
            trancheNumber: d.trancheNumber,
            amount: d.total,
            lines: [],
            recordedOn: on,
          },
        },
      ];
    }
    case 'grants.agreement.amended': {
      const d = event.data;
      if (d.returned === '0.00') return [];
      return [
        {
          type: 'money.reversal.recorded',
          unitId,
          occurredOn: d.amendedOn,
          data: {
            reversalId: d.amendmentId,
            kind: 'reversal',
            undoes: { type: 'money.commitment.made', id: d.awardId },
            amount: d.returned,
            recordedOn: d.amendedOn,
            reason: `${d.kind}: ${d.reason}`,
          },
        },
      ];
    }
    case 'grants.refund.received': {
      const d = event.data;
      return d.fromTranches.map((part) => ({
        type: 'money.reversal.recorded' as const,
        unitId,
        occurredOn: d.receivedOn,
        data: {
          reversalId: `${d.refundId}-t${part.trancheNumber}`,
          kind: 'refund' as const,
          undoes: { type: 'money.disbursement.made' as const, id: trancheDisbursementId(d.awardId, part.trancheNumber) },
          amount: part.amount,
          recordedOn: d.receivedOn,
          reason: `เงินเหลือจ่ายส่งคืน ${d.documentRef}`,
        },
      }));
    }
    case 'grants.project.closed': {
      const d = event.data;
      if (d.returnedToBudget === '0.00') return [];
      return [
        {
          type: 'money.reversal.recorded',
          unitId,
          occurredOn: d.closedOn,
          data: {
            reversalId: `close-${d.projectId}`,
            kind: 'reversal',
            undoes: { type: 'money.commitment.made', id: d.awardId },
            amount: d.returnedToBudget,
            recordedOn: d.closedOn,
            reason: 'ปิดโครงการ งวดที่ไม่ได้เบิกคืนงบประมาณ',
          },
        },
      ];
    }
    default:
      return [];
  }
};
