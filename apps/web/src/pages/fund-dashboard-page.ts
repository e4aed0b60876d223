import { html } from 'lit';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { baht, bahtWords, beDate } from '../thai-format';
import { FundOverview, fundOverview } from './fund-api';

const SOURCE_NAMES: Record<string, MessageKey> = {
  members: 'sourceMembers',
  codi: 'sourceCodi',
  'local-government': 'sourceLocalGovernment',
  other: 'sourceOther',
};

export const fundDashboardPage = (): Page => {
  let overview: FundOverview | undefined;
  let refusal: Refusal | undefined;
  return {
    load: async ({ params }) => {
      try {
        overview = await fundOverview(params.fundId);
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: () => {
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      if (!overview) return html`<p>${t('loading')}</p>`;
      return html`<h2>${overview.name}</h2>
        <p>${overview.areaCode} · ${beDate(overview.foundedOn)}</p>
        <div class="cards">
          <div class="card" data-testid="balance">
            <div>${t('balance')}</div>
            <div class="figure">${baht(overview.balance)}</div>
            <div class="words">${bahtWords(overview.balance)}</div>
          </div>
          <div class="card">
            <div>${t('benefitsPaid')}</div>
            <div class="figure">${baht(overview.benefitsPaid)}</div>
          </div>
          <div class="card">
            <div>${t('adminSpent')}</div>
            <div class="figure">${baht(overview.adminSpent)}</div>
          </div>
          <div class="card">
            <div>${t('membersActive')}</div>
            <div class="figure" data-testid="members-active">${overview.members.active ?? 0}</div>
            <div>${t('membersLapsed')}: ${overview.members.lapsed ?? 0}</div>
          </div>
        </div>
        <h3>${t('receivedBySource')}</h3>
        <table>
          <tbody>
            ${Object.entries(overview.receivedBySource).map(
              ([source, amount]) =>
                html`<tr>
                  <th scope="row">${SOURCE_NAMES[source] ? t(SOURCE_NAMES[source]) : source}</th>
                  <td class="amount">${baht(amount)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
    },
  };
};
