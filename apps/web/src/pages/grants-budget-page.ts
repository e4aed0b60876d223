import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { barChart } from '../programmes/bar-chart';
import { BudgetAccount, budgetAccount, ProjectRow, projectsPage } from '../programmes/grants-api';
import { projectStatus } from '../programmes/grants-words';
import { refusalOf } from '../programmes/refusal-beside';
import { baht, beDate } from '../thai-format';
import { rememberBudget } from './grants-open-page';

/** A programme's budget for one fiscal year, as a running account, and the year's proposals. */
export const grantsBudgetPage = (): Page => {
  let account: BudgetAccount | undefined;
  let projects: ProjectRow[] = [];
  let nextCursor: string | null = null;
  let refusal: Refusal | undefined;
  const more = async (programmeId: string, fiscalYear: string) => {
    const page = await projectsPage(programmeId, fiscalYear, nextCursor);
    projects = [...projects, ...page.items];
    nextCursor = page.nextCursor;
  };
  return {
    load: async ({ params }) => {
      refusal = await refusalOf(async () => {
        account = await budgetAccount(params.programmeId, params.fiscalYear);
        rememberBudget(params.programmeId, params.fiscalYear);
        await more(params.programmeId, params.fiscalYear);
      });
    },
    view: ({ params, redraw }) => {
      if (refusal)
        return html`<p class="refusal" role="alert">${refusal.text}</p>
          <p><a href="#/grants">${t('grantsOpenTitle')}</a></p>`;
      if (!account) return html`<p>${t('loading')}</p>`;
      const figures = [
        { label: t('allocated'), amount: account.allocated },
        { label: t('committed'), amount: account.committed },
        { label: t('released'), amount: account.released },
        { label: t('spent'), amount: account.spent },
        { label: t('refunded'), amount: account.refunded },
        { label: t('available'), amount: account.available },
      ];
      return html`<h2>${account.programmeName}</h2>
        <p>${account.funder} · ${t('budgetOf')} ${account.fiscalYear} · <a href="#/grants">${t('grantsOpenTitle')}</a></p>
        <div class="cards">
          ${figures.map(
            (figure) =>
              html`<div class="card" data-testid="budget-${figure.label}">
                <div>${figure.label}</div>
                <div class="figure">${baht(figure.amount)}</div>
              </div>`,
          )}
        </div>
        <p class="words">${t('allocated')}: ${account.allocatedWords}</p>
        ${barChart(t('budgetChart'), figures)}
        <h3>${t('proposals')} (${account.projects})</h3>
        <div class="table-wrap">
          <table class="wide" data-testid="proposals">
            <thead>
              <tr>
                <th scope="col">${t('project')}</th>
                <th scope="col">${t('organisation')}</th>
                <th scope="col">${t('status')}</th>
                <th scope="col" class="amount">${t('requested')}</th>
                <th scope="col" class="amount">${t('awarded')}</th>
                <th scope="col" class="amount">${t('released')}</th>
              </tr>
            </thead>
            <tbody>
              ${projects.map(
                (project) =>
                  html`<tr data-project=${project.projectId}>
                    <td>
                      <a href="#/grants/projects/${encodeURIComponent(project.projectId)}">${project.projectId}</a><br />${project.title}
                    </td>
                    <td>${project.organisationName}</td>
                    <td>${projectStatus(project.status)}</td>
                    <td class="amount">${baht(project.requested)}</td>
                    <td class="amount">${baht(project.awarded)}</td>
                    <td class="amount">${baht(project.released)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${
          nextCursor
            ? html`<p>
                <button
                  class="secondary"
                  @click=${async () => ((refusal = await refusalOf(() => more(params.programmeId, params.fiscalYear))), redraw())}
                >
                  ${t('more')}
                </button>
              </p>`
            : ''
        }
        <h3>${t('allocated')}</h3>
        <ul>
          ${account.allocations.map(
            (allocation) =>
              html`<li>
                ${beDate(allocation.receivedOn)} · ${allocation.documentRef} ·
                <span class="amount">${baht(allocation.amount)}</span> (${allocation.amountWords})
              </li>`,
          )}
        </ul>`;
    },
  };
};
