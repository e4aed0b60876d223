import { Money, toCommonEraYear } from '@kongthun/kernel';
import { BudgetEvent } from '@kongthun/grants-domain';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET_TYPE,
  IatiActivity,
  IatiTransaction,
  ORGANISATION_ROLE,
  RELATED_ACTIVITY,
  TRANSACTION_TYPE,
} from './iati-activity';

export interface ProgrammeFacts {
  programmeId: string;
  name: string;
  funder: string;
  areaCodes: readonly string[];
}

/** The Gregorian days a Thai fiscal year spans: FY 2566 is 2022-10-01 to 2023-09-30. */
export const fiscalYearDays = (fiscalYear: number) => {
  const endYear = toCommonEraYear(fiscalYear);
  return { first: `${endYear - 1}-10-01`, last: `${endYear}-09-30` };
};

/** The identifier of a programme's fiscal-year activity; its projects' identifiers extend it. */
export const programmeActivityIdentifier = (reportingOrgRef: string, programmeId: string, fiscalYear: number) =>
  `${reportingOrgRef}-${programmeId}-${fiscalYear}`;

/**
 * A programme's fiscal-year budget → the parent activity (hierarchy 1). The allocation is money
 * into the programme, not into any one project, so it is the parent's incoming funds; every
 * project's commitment, disbursements and spending are its child's. IATI reports a transaction at
 * one level only, so nothing here repeats a child's money. The parent lists the children it was
 * given (the awarded projects actually exported), so a reader can walk down as well as up.
 */
export const programmeActivityOf = (
  programme: ProgrammeFacts,
  fiscalYear: number,
  budgetEvents: readonly BudgetEvent[],
  context: { reportingOrg: IatiActivity['reportingOrg']; childIdentifiers: readonly string[]; asOf: string },
): IatiActivity => {
  const { first, last } = fiscalYearDays(fiscalYear);
  const opened = budgetEvents.find((event) => event.type === 'grants.budget.opened');
  const funder = context.reportingOrg;
  const incoming: IatiTransaction[] = budgetEvents.flatMap((event) =>
    event.type === 'grants.budget.allocated'
      ? [
          {
            ref: event.data.allocationId,
            type: TRANSACTION_TYPE.incomingFunds,
            date: event.data.receivedOn,
            value: Money.fromJSON(event.data.amount),
            description: [
              {
                lang: 'th' as const,
                text: `${event.data.kind === 'increase' ? 'เพิ่มงบประมาณ' : 'จัดสรรงบประมาณ'} ตามหนังสือ ${event.data.documentRef}`,
              },
              { lang: 'en' as const, text: `Budget ${event.data.kind}, document ${event.data.documentRef}` },
            ],
            provider: funder,
          },
        ]
      : [],
  );
  const allocated = Money.sum(incoming.map((transaction) => transaction.value));
  return {
    identifier: programmeActivityIdentifier(funder.ref, programme.programmeId, fiscalYear),
    hierarchy: 1,
    fiscalYearBe: fiscalYear,
    reportingOrg: funder,
    title: [
      { lang: 'th', text: `${programme.name} ปีงบประมาณ ${fiscalYear}` },
      { lang: 'en', text: `Grants programme ${programme.programmeId}, Thai fiscal year ${fiscalYear} BE (${first} to ${last})` },
    ],
    description: [
      { lang: 'th', text: `ทุนโครงการของ ${programme.funder} พื้นที่ ${programme.areaCodes.join(', ')}` },
      { lang: 'en', text: `Grants to community organisations, areas ${programme.areaCodes.join(', ')} (Thai official area codes)` },
    ],
    participatingOrgs: [{ ...funder, role: ORGANISATION_ROLE.funding }],
    otherIdentifiers: [],
    status: context.asOf > last ? ACTIVITY_STATUS.finalisation : ACTIVITY_STATUS.implementation,
    dates: [
      { type: ACTIVITY_DATE.plannedStart, isoDate: first },
      ...(opened === undefined ? [] : [{ type: ACTIVITY_DATE.actualStart, isoDate: opened.data.openedOn }]),
      { type: ACTIVITY_DATE.plannedEnd, isoDate: last },
    ],
    budgets: [{ type: BUDGET_TYPE.original, periodStart: first, periodEnd: last, value: allocated, valueDate: first }],
    transactions: incoming,
    relatedActivities: context.childIdentifiers.map((ref) => ({ type: RELATED_ACTIVITY.child, ref })),
  };
};
