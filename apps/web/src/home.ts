import { programmeHomeOf } from './programmes/programme-home';
import { currentSession, SessionUser } from './session';

/** Where a user starts: their fund, or the auditor's findings. */
export const homeOf = (user: SessionUser): string => {
  if (user.role === 'auditor') return '/audit/findings';
  const programmeHome = programmeHomeOf(user);
  if (programmeHome) return programmeHome;
  const fund = user.scope.funds?.[0];
  return fund ? `/fund/${encodeURIComponent(fund)}` : '/login';
};

export const goHome = (): void => {
  const session = currentSession();
  location.hash = `#${session ? homeOf(session.user) : '/login'}`;
};
