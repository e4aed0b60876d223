import { html, TemplateResult } from 'lit';
import { t } from '../i18n/i18n';
import { baht } from '../thai-format';
import { barChart } from './bar-chart';
import { FinanceFilter, TotalsGroup } from './finance-api';
import { financeHref } from './finance-drill';
import { programmeWord } from './programme-words';

const keyLabel = (group: TotalsGroup, dimension: string): string => {
  const value = group.key[dimension];
  if (value === null || value === undefined) return t('noArea');
  return dimension === 'programme' ? programmeWord(String(value)) : String(value);
};

/** One dimension's totals: bars of what was disbursed, and the table whose first cell drills down (when `drill` gives a filter). */
export const totalsSection = (
  title: string,
  dimension: string,
  groups: TotalsGroup[],
  drill: (group: TotalsGroup) => FinanceFilter | undefined,
): TemplateResult =>
  html`<section aria-labelledby="${dimension}-title">
    <h3 id="${dimension}-title">${title}</h3>
    ${barChart(
      `${t('disbursed')} · ${title}`,
      groups.map((group) => ({ label: keyLabel(group, dimension), amount: group.totals.netDisbursed })),
    )}
    <div class="table-wrap">
      <table class="wide" data-testid="totals-${dimension}">
        <thead>
          <tr>
            <th scope="col">${t(dimension as 'province')}</th>
            <th scope="col" class="amount">${t('moneyIn')}</th>
            <th scope="col" class="amount">${t('committed')}</th>
            <th scope="col" class="amount">${t('disbursed')}</th>
            <th scope="col" class="amount">${t('refunded')}</th>
          </tr>
        </thead>
        <tbody>
          ${groups.map((group) => {
            const next = drill(group);
            return html`<tr>
              <th scope="row">
                ${next ? html`<a href=${financeHref(next)}>${keyLabel(group, dimension)}</a>` : keyLabel(group, dimension)}
              </th>
              <td class="amount">${baht(group.totals.netMoneyIn)}</td>
              <td class="amount">${baht(group.totals.netCommitted)}</td>
              <td class="amount">${baht(group.totals.netDisbursed)}</td>
              <td class="amount">${baht(group.totals.refunded)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
