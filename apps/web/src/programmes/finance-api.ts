import { api } from '../api';

export interface Totals {
  moneyIn: string;
  committed: string;
  disbursed: string;
  reversed: string;
  refunded: string;
  netMoneyIn: string;
  netCommitted: string;
  netDisbursed: string;
}

export interface TotalsGroup {
  key: Record<string, string | number | null>;
  totals: Totals;
}

export interface Disbursement {
  messageId: string;
  programme: string;
  unitId: string;
  unitName: string | null;
  disbursementId: string;
  purpose: string;
  method: string;
  paidOn: string;
  fiscalYear: number;
  areaCode: string;
  amount: string;
}

/** The filter of the provincial books: area prefix, programme, BE fiscal year. */
export type FinanceFilter = Partial<Record<'area' | 'programme' | 'fiscalYear', string>>;

export const financeQuery = (filter: FinanceFilter, extra: Record<string, string> = {}): string =>
  new URLSearchParams(Object.entries({ ...filter, ...extra }).filter(([, value]) => value) as [string, string][]).toString();

export const financeTotals = (filter: FinanceFilter, groupBy: string) =>
  api<{ groupBy: string[]; groups: TotalsGroup[] }>('GET', `/api/finance/totals?${financeQuery(filter, { groupBy })}`);

export const disbursementsPage = (filter: FinanceFilter, cursor: string | null, limit: string) =>
  api<{ items: Disbursement[]; nextCursor: string | null }>(
    'GET',
    `/api/finance/disbursements?${financeQuery(filter, { limit, cursor: cursor ?? '' })}`,
  );
