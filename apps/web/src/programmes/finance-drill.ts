import type { FinanceFilter } from './finance-api';

/** The area level below a filter's area: province, then district, then subdistrict, where drilling stops. */
export const areaLevelBelow = (area: string | undefined): 'province' | 'district' | 'subdistrict' =>
  !area ? 'province' : area.length === 2 ? 'district' : 'subdistrict';

/** What the programme side groups by: programmes, then a chosen programme's fiscal years. */
export const programmeLevelBelow = (programme: string | undefined): 'programme' | 'fiscalYear' => (programme ? 'fiscalYear' : 'programme');

/** The page's address for a filter, so every drill step is a link the back button undoes. */
export const financeHref = (filter: FinanceFilter): string => {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value) as [string, string][]).toString();
  return `#/finance${query ? `?${query}` : ''}`;
};

/** The areas from the province down to the filter's area, for the breadcrumb (`190101` → 19, 1901, 190101). */
export const areaTrail = (area: string | undefined): string[] =>
  area ? [2, 4, 6].filter((n) => n <= area.length).map((n) => area.slice(0, n)) : [];
