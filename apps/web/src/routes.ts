import { MessageKey } from './i18n/th';
import { PageFactory } from './page';
import { loginPage } from './pages/login-page';
import { fundDashboardPage } from './pages/fund-dashboard-page';
import { contributionSheetPage } from './pages/contribution-sheet-page';
import { claimFormPage } from './pages/claim-form-page';
import { approvalsPage } from './pages/approvals-page';
import { membersPage } from './pages/members-page';
import { memberStatementPage } from './pages/member-statement-page';
import { payoutFormPage } from './pages/payout-form-page';
import { findingsPage } from './pages/findings-page';
import { findingPage } from './pages/finding-page';
import { paymentReceiptPage } from './pages/payment-receipt-page';
import { enrolmentPage } from './pages/enrolment-page';
import { matchingMoneyPage } from './pages/matching-money-page';
import { grantsOpenPage } from './pages/grants-open-page';
import { grantsBudgetPage } from './pages/grants-budget-page';
import { grantProjectPage } from './pages/grant-project-page';
import { reliefOpenPage } from './pages/relief-open-page';
import { reliefDeclarationPage } from './pages/relief-declaration-page';
import { reliefRunPage } from './pages/relief-run-page';
import { financePage } from './pages/finance-page';

export interface Route {
  pattern: string;
  page: PageFactory;
  /** Roles the page is for; the services still check every call. */
  roles: readonly string[] | 'anyone';
  /** Shown in the navigation under this label, for a user with a fund. */
  nav?: MessageKey;
}

const FUND_ROLES = ['treasurer', 'committee', 'admin', 'viewer'];
// Committees approve grants and relief runs too; the services check which programme or area is theirs.
const GRANTS_ROLES = ['grants-officer', 'committee', 'auditor', 'admin'];
const RELIEF_ROLES = ['relief-officer', 'committee', 'auditor', 'admin'];

export const ROUTES: readonly Route[] = [
  { pattern: '/login', page: loginPage, roles: 'anyone' },
  { pattern: '/payments/:eventId', page: paymentReceiptPage, roles: 'anyone' },
  { pattern: '/fund/:fundId', page: fundDashboardPage, roles: FUND_ROLES, nav: 'dashboard' },
  { pattern: '/fund/:fundId/contributions', page: contributionSheetPage, roles: ['treasurer'], nav: 'contributions' },
  { pattern: '/fund/:fundId/claims/new', page: claimFormPage, roles: ['treasurer', 'committee'], nav: 'newClaim' },
  { pattern: '/fund/:fundId/approvals', page: approvalsPage, roles: ['committee'], nav: 'approvals' },
  // Before members/:memberId, which would take "new" for a member id.
  { pattern: '/fund/:fundId/members/new', page: enrolmentPage, roles: ['treasurer'] },
  { pattern: '/fund/:fundId/matching-money', page: matchingMoneyPage, roles: ['treasurer'], nav: 'matchingMoney' },
  { pattern: '/fund/:fundId/members', page: membersPage, roles: FUND_ROLES, nav: 'members' },
  { pattern: '/fund/:fundId/members/:memberId', page: memberStatementPage, roles: FUND_ROLES },
  { pattern: '/fund/:fundId/claims/:claimId/payout', page: payoutFormPage, roles: ['treasurer'] },
  { pattern: '/audit/findings', page: findingsPage, roles: ['auditor', 'admin'], nav: 'findings' },
  { pattern: '/audit/findings/:findingId', page: findingPage, roles: ['auditor', 'admin'] },
  // Programmes: grants, relief, provincial finance.
  // A committee member reaches these from home; the menu entries, listed after the routes that open, are the officers'.
  { pattern: '/grants', page: grantsOpenPage, roles: GRANTS_ROLES },
  { pattern: '/grants/projects/:projectId', page: grantProjectPage, roles: GRANTS_ROLES },
  { pattern: '/grants/:programmeId/:fiscalYear', page: grantsBudgetPage, roles: GRANTS_ROLES },
  { pattern: '/relief', page: reliefOpenPage, roles: RELIEF_ROLES },
  { pattern: '/relief/declarations/:declarationId', page: reliefDeclarationPage, roles: RELIEF_ROLES },
  { pattern: '/relief/runs/:runId', page: reliefRunPage, roles: RELIEF_ROLES },
  { pattern: '/finance', page: financePage, roles: ['provincial-finance', 'admin'], nav: 'financeNav' },
  { pattern: '/grants', page: grantsOpenPage, roles: ['grants-officer', 'admin'], nav: 'grantsNav' },
  { pattern: '/relief', page: reliefOpenPage, roles: ['relief-officer', 'admin'], nav: 'reliefNav' },
];

/** The route a hash path opens, with its parameters (`/fund/:fundId` matches `/fund/phuket-talat-yai`). */
export const match = (path: string): { route: Route; params: Record<string, string> } | undefined => {
  const parts = path.split('?')[0].split('/').filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (
      pattern.every((segment, i) =>
        segment.startsWith(':') ? ((params[segment.slice(1)] = decodeURIComponent(parts[i])), true) : segment === parts[i],
      )
    )
      return { route, params };
  }
  return undefined;
};
