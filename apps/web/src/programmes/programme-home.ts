import { SessionUser } from '../session';

/**
 * Where a user of the programmes starts, or undefined for the fund roles: a committee member
 * scoped to grant programmes approves grants; one scoped to areas and no fund approves relief runs.
 */
export const programmeHomeOf = (user: SessionUser): string | undefined => {
  if (user.role === 'grants-officer' || (user.role === 'committee' && user.scope.programmes?.length)) return '/grants';
  if (user.role === 'relief-officer' || (user.role === 'committee' && user.scope.areas?.length && !user.scope.funds?.length))
    return '/relief';
  if (user.role === 'provincial-finance') return '/finance';
  return undefined;
};
