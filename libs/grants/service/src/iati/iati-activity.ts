import { Money } from '@kongthun/kernel';

/**
 * IATI activity standard 2.03, as far as a grants programme uses it. Codes are the IATI
 * codelists' (https://iatistandard.org/en/iati-standard/203/codelists/): the names below are
 * theirs, so a reader can check a code against the list without reading the mapper.
 */
export const TRANSACTION_TYPE = { incomingFunds: '1', outgoingCommitment: '2', disbursement: '3', expenditure: '4' } as const;
export type TransactionTypeCode = (typeof TRANSACTION_TYPE)[keyof typeof TRANSACTION_TYPE];

/** ActivityStatus codelist. */
export const ACTIVITY_STATUS = { pipeline: '1', implementation: '2', finalisation: '3', closed: '4', cancelled: '5' } as const;
/** ActivityDateType codelist. */
export const ACTIVITY_DATE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;
/** OrganisationRole codelist. */
export const ORGANISATION_ROLE = { funding: '1', accountable: '2', extending: '3', implementing: '4' } as const;
/** RelatedActivityType codelist. */
export const RELATED_ACTIVITY = { parent: '1', child: '2' } as const;
/** BudgetType (1 original, 2 revised) and BudgetStatus (2 committed) codelists. */
export const BUDGET_TYPE = { original: '1', revised: '2' } as const;
export const BUDGET_STATUS_COMMITTED = '2';
/** DisbursementChannel 2: paid directly to the implementing institution's own bank account. */
export const DISBURSEMENT_CHANNEL_DIRECT = '2';
/** OtherIdentifierType A1: the reporting organisation's internal activity identifier (the award's). */
export const OTHER_IDENTIFIER_INTERNAL = 'A1';

/** Text in one or more languages; Thai always, English where there is one to give. */
export interface Narrative {
  lang: 'th' | 'en';
  text: string;
}

export interface IatiOrganisation {
  /** An organisation identifier (`{agency}-{number}`); absent when the organisation has none we know. */
  ref?: string;
  /** OrganisationType codelist. */
  type?: string;
  names: Narrative[];
}

export interface IatiTransaction {
  /** Our own id of the fact (tranche, report, refund…), so a reader can trace it back. */
  ref: string;
  type: TransactionTypeCode;
  /** ISO Gregorian date (Bangkok calendar day). */
  date: string;
  /** THB; negative where money comes back or a commitment is cut. Exact satang, never a float. */
  value: Money;
  description: Narrative[];
  provider?: IatiOrganisation & { activityId?: string };
  receiver?: IatiOrganisation & { activityId?: string };
  disbursementChannel?: string;
}

export interface IatiBudget {
  type: (typeof BUDGET_TYPE)[keyof typeof BUDGET_TYPE];
  periodStart: string;
  periodEnd: string;
  value: Money;
  valueDate: string;
}

export interface IatiActivity {
  identifier: string;
  /** 1 the programme's fiscal year, 2 a project: transactions are reported once, at one level. */
  hierarchy: 1 | 2;
  /** The Thai fiscal year (ปีงบประมาณ, BE) the activity belongs to, carried in our namespace. */
  fiscalYearBe: number;
  reportingOrg: Required<Pick<IatiOrganisation, 'ref' | 'type'>> & IatiOrganisation;
  title: Narrative[];
  description: Narrative[];
  participatingOrgs: (IatiOrganisation & { role: string })[];
  otherIdentifiers: { ref: string; type: string }[];
  status: string;
  dates: { type: string; isoDate: string }[];
  budgets: IatiBudget[];
  transactions: IatiTransaction[];
  relatedActivities: { type: string; ref: string }[];
}
