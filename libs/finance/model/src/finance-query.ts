import { DomainError } from '@kongthun/kernel';

/** What a reader narrows the books to. Every field is optional; all given must hold. */
export interface FinanceFilter {
  /** Area-code prefix: province `19`, district `1901`, subdistrict `190101`. */
  area?: string;
  programme?: string;
  unitId?: string;
  /** BE fiscal year (October–September), e.g. 2566. */
  fiscalYear?: number;
  /** Inclusive ISO months `YYYY-MM` (CE, as machines exchange dates; exports print BE). */
  monthFrom?: string;
  monthTo?: string;
}

export const GROUP_BY = ['province', 'district', 'subdistrict', 'programme', 'unit', 'fiscalYear', 'month'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
export const AREA_LEVEL_LENGTH: Record<'province' | 'district' | 'subdistrict', number> = { province: 2, district: 4, subdistrict: 6 };

/** The area prefixes a reader may see; `all` for an administrator. */
export type AreaScope = readonly string[] | 'all';

const AREA_PREFIX = /^\d{2}(\d{2}(\d{2})?)?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PROGRAMME = /^[a-z][a-z-]{1,39}$/;

const invalid = (field: string, message: string, messageTh: string, value: unknown): DomainError =>
  new DomainError('finance.invalid-filter', message, { messageTh, details: { field, value } });

/** Reads a filter from query-string values, refusing anything malformed with `finance.invalid-filter`. */
export const financeFilterOf = (query: Record<string, string | undefined>): FinanceFilter => {
  const filter: FinanceFilter = {};
  if (query.area !== undefined) {
    if (!AREA_PREFIX.test(query.area))
      throw invalid('area', 'area must be a province (2), district (4) or subdistrict (6) code', 'รหัสพื้นที่ต้องมี 2, 4 หรือ 6 หลัก', query.area);
    filter.area = query.area;
  }
  if (query.programme !== undefined) {
    if (!PROGRAMME.test(query.programme)) throw invalid('programme', 'programme is a lower-case name', 'ชื่อแผนงานไม่ถูกต้อง', query.programme);
    filter.programme = query.programme;
  }
  if (query.unitId !== undefined) {
    if (query.unitId.length < 1 || query.unitId.length > 200)
      throw invalid('unitId', 'unitId is 1 to 200 characters', 'รหัสหน่วยไม่ถูกต้อง', query.unitId);
    filter.unitId = query.unitId;
  }
  if (query.fiscalYear !== undefined) {
    const year = /^\d{4}$/.test(query.fiscalYear) ? Number(query.fiscalYear) : NaN;
    if (!(year >= 2500 && year <= 2800))
      throw invalid('fiscalYear', 'fiscalYear is a Buddhist Era year, e.g. 2566', 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2566', query.fiscalYear);
    filter.fiscalYear = year;
  }
  for (const field of ['monthFrom', 'monthTo'] as const) {
    const value = query[field];
    if (value === undefined) continue;
    if (!MONTH.test(value)) throw invalid(field, `${field} is an ISO month YYYY-MM (CE)`, `${field} ต้องอยู่ในรูป YYYY-MM (ค.ศ.)`, value);
    filter[field] = value;
  }
  if (filter.monthFrom && filter.monthTo && filter.monthFrom > filter.monthTo)
    throw invalid('monthTo', 'monthTo is before monthFrom', 'เดือนสิ้นสุดอยู่ก่อนเดือนเริ่มต้น', filter.monthTo);
  return filter;
};

/** Reads `groupBy=province,programme`, refusing unknown or repeated dimensions. */
export const groupByOf = (text: string | undefined): GroupBy[] => {
  if (text === undefined || text === '') return [];
  const dimensions = text.split(',');
  const unknown = dimensions.filter((dimension) => !(GROUP_BY as readonly string[]).includes(dimension));
  if (unknown.length > 0 || new Set(dimensions).size !== dimensions.length)
    throw new DomainError('finance.invalid-group-by', `groupBy takes distinct dimensions among ${GROUP_BY.join(', ')}`, {
      messageTh: 'groupBy ไม่ถูกต้อง',
      details: { groupBy: text, allowed: [...GROUP_BY] },
    });
  // A unit id is unique only within its programme, so grouping by unit groups by programme too.
  if (dimensions.includes('unit') && !dimensions.includes('programme')) dimensions.splice(dimensions.indexOf('unit'), 0, 'programme');
  return dimensions as GroupBy[];
};

/**
 * Whether a reader scoped to `scope` may ask about `area` (or the whole of their scope when no
 * area is given): an area filter must lie inside one of their prefixes.
 */
export const assertAreaWithinScope = (scope: AreaScope, area: string | undefined, who: string): void => {
  if (scope === 'all') return;
  const inside = area !== undefined ? scope.some((prefix) => area.startsWith(prefix)) : scope.length > 0;
  if (!inside)
    throw new DomainError('auth.out-of-scope', `${who} may not read area ${area ?? '(all)'}: it lies outside their areas`, {
      messageTh: 'ข้อมูลนี้อยู่นอกพื้นที่ที่ท่านได้รับสิทธิ์',
      details: { area: area ?? null, scope: [...scope] },
    });
};
