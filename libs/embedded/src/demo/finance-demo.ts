import { AuthenticatedActor } from '@kongthun/http';

/**
 * The demo's provincial finance officer for Saraburi (province 19), where the grants demo pays
 * its tranches: she reads the province's totals and disbursements, nothing else.
 */
export const financeDemoUsers: { label: string; actor: AuthenticatedActor }[] = [
  {
    label: 'การเงินจังหวัดสระบุรี (provincial-finance)',
    actor: { userId: 'finance-saraburi', role: 'provincial-finance', scope: { areas: ['19'] } },
  },
];
