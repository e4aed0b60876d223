import { AreaScope, FinanceFilter } from '@kongthun/finance-model';

/**
 * The WHERE clause over `facts` for a filter and a reader's scope, with its parameters appended to
 * `params`. Area prefixes are digits only (checked when read), so `LIKE prefix%` has no wildcard
 * but the one added here. An empty scope matches nothing.
 */
export const factsWhere = (filter: FinanceFilter, scope: AreaScope, params: unknown[]): string => {
  const clauses: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (scope !== 'all') {
    clauses.push(`f.resolved_area LIKE ANY(${param(`{${scope.map((prefix) => `${prefix}%`).join(',')}}`)}::text[])`);
  }
  if (filter.area !== undefined) clauses.push(`f.resolved_area LIKE ${param(`${filter.area}%`)}`);
  if (filter.programme !== undefined) clauses.push(`f.programme = ${param(filter.programme)}`);
  if (filter.unitId !== undefined) clauses.push(`f.unit_id = ${param(filter.unitId)}`);
  if (filter.fiscalYear !== undefined) clauses.push(`f.fiscal_year = ${param(filter.fiscalYear)}::integer`);
  if (filter.monthFrom !== undefined) clauses.push(`f.month >= ${param(filter.monthFrom)}`);
  if (filter.monthTo !== undefined) clauses.push(`f.month <= ${param(filter.monthTo)}`);
  return clauses.length ? clauses.join(' AND ') : 'true';
};
