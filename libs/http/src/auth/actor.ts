import { DomainError } from '@kongthun/kernel';

export const ROLES = ['committee', 'treasurer', 'auditor', 'provincial-finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a signed token says about its bearer. `scope` limits where they may act: listed funds, or a
 * whole province (2-digit DOPA code); admin has no limit.
 */
export interface AuthenticatedActor {
  userId: string;
  role: Role;
  scope: { funds?: string[]; province?: string };
}

/** Refuses an actor acting on a fund outside their scope. */
export const assertFundInScope = (actor: AuthenticatedActor, fund: { fundId: string; areaCode?: string }): void => {
  if (actor.role === 'admin') return;
  const byFund = actor.scope.funds?.includes(fund.fundId) ?? false;
  const byProvince = actor.scope.province !== undefined && fund.areaCode?.startsWith(actor.scope.province) === true;
  if (!byFund && !byProvince)
    throw new DomainError('auth.out-of-scope', `User ${actor.userId} may not act on fund ${fund.fundId}`, { messageTh: 'กองทุนนี้อยู่นอกขอบเขตที่ท่านได้รับสิทธิ์' });
};
