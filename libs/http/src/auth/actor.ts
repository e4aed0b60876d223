import { DomainError } from '@kongthun/kernel';

/**
 * Every role a token can carry. `grants-officer` and `relief-officer` run their programmes within
 * their areas; `viewer` reads views with personal data masked (names, phones, citizen IDs).
 */
export const ROLES = [
  'committee',
  'treasurer',
  'auditor',
  'provincial-finance',
  'admin',
  'grants-officer',
  'relief-officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a signed token says about its bearer. `scope` limits where they may act: listed funds, a
 * whole province (2-digit DOPA code), or area-code prefixes (`areas`: province 2 digits, district
 * 4, subdistrict 6), programme ids (`programmes`: grant programmes, disaster declarations); an auditor
 * may hold a national scope (`national: true`); admin has no limit.
 */
export interface AuthenticatedActor {
  userId: string;
  role: Role;
  scope: { funds?: string[]; province?: string; areas?: string[]; national?: boolean; programmes?: string[] };
}

const AREA_PREFIX = /^\d{2}(\d{2}(\d{2})?)?$/;

/**
 * The area-code prefixes an actor may see, or `all` (admin, national auditor). A malformed prefix
 * in a token is ignored rather than trusted: an empty one would match every area.
 */
export const areaPrefixesOf = (actor: AuthenticatedActor): readonly string[] | 'all' => {
  if (actor.role === 'admin' || (actor.role === 'auditor' && actor.scope.national === true)) return 'all';
  const prefixes = [
    ...(Array.isArray(actor.scope.areas) ? actor.scope.areas : []),
    ...(actor.scope.province === undefined ? [] : [actor.scope.province]),
  ];
  return [...new Set(prefixes.filter((prefix) => typeof prefix === 'string' && AREA_PREFIX.test(prefix)))];
};

/** Whether any of these area codes lies inside the actor's areas; no known area is inside none. */
export const seesAnyArea = (actor: AuthenticatedActor, areaCodes: readonly string[]): boolean => {
  const prefixes = areaPrefixesOf(actor);
  return prefixes === 'all' || areaCodes.some((code) => prefixes.some((prefix) => code.startsWith(prefix)));
};

/** Refuses an actor reading something whose areas lie outside theirs (`what` names it in the message). */
export const assertAreasInScope = (actor: AuthenticatedActor, areaCodes: readonly string[], what: string): void => {
  if (!seesAnyArea(actor, areaCodes))
    throw new DomainError('auth.out-of-scope', `User ${actor.userId} may not see ${what}: it lies outside their areas`, {
      messageTh: 'ข้อมูลนี้อยู่นอกพื้นที่ที่ท่านได้รับสิทธิ์',
    });
};

/** Refuses an actor acting on a fund outside their scope. */
export const assertFundInScope = (actor: AuthenticatedActor, fund: { fundId: string; areaCode?: string }): void => {
  if (actor.role === 'admin') return;
  const byFund = actor.scope.funds?.includes(fund.fundId) ?? false;
  const byArea = fund.areaCode !== undefined && seesAnyArea(actor, [fund.areaCode]);
  if (!byFund && !byArea)
    throw new DomainError('auth.out-of-scope', `User ${actor.userId} may not act on fund ${fund.fundId}`, {
      messageTh: 'กองทุนนี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์',
    });
};
