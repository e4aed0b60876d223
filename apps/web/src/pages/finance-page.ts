import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { Disbursement, disbursementsPage, FinanceFilter, financeQuery, financeTotals, TotalsGroup } from '../programmes/finance-api';
import { areaLevelBelow, areaTrail, financeHref, programmeLevelBelow } from '../programmes/finance-drill';
import { downloadFile } from '../programmes/file-transfer';
import { besideField, fieldOf, refusalOf, underForm } from '../programmes/refusal-beside';
import { totalsSection } from '../programmes/finance-totals-section';
import { programmeWord } from '../programmes/programme-words';
import { baht, beDate } from '../thai-format';

const FIELDS = ['area', 'fiscalYear', 'programme', 'export'] as const;
const BY_CODE: [RegExp, string][] = [
  [/scope|area/, 'area'],
  [/format|export/, 'export'],
];

/**
 * Provincial finance: totals by area and by programme, each drilled down by a link (province →
 * district → subdistrict; programme → fiscal year), the disbursements behind them a page at a
 * time, and the same figures exported as CSV or XLSX.
 */
export const financePage = (): Page => {
  let filter: FinanceFilter = {};
  let byArea: TotalsGroup[] = [];
  let byProgramme: TotalsGroup[] = [];
  let rows: Disbursement[] = [];
  let cursors: (string | null)[] = [null];
  let nextCursor: string | null = null;
  let refusal: Refusal | undefined;
  let limit = '20';
  // A refused filter shows its refusal, not empty tables that read as "no money".
  let loaded = false;

  const loadRows = async () => {
    const page = await disbursementsPage(filter, cursors[cursors.length - 1], limit);
    rows = page.items;
    nextCursor = page.nextCursor;
  };

  const exportButtons = (what: 'totals' | 'disbursements', groupBy: string, redraw: () => void) =>
    html`${(['csv', 'xlsx'] as const).map(
      (format) =>
        html`<button
          class="secondary"
          data-testid="export-${what}-${format}"
          aria-describedby="export-error"
          @click=${async () => {
            const query = financeQuery(filter, { format, ...(what === 'totals' ? { groupBy } : {}) });
            refusal = await refusalOf(() => downloadFile('GET', `/api/finance/exports/${what}?${query}`, `${what}.${format}`));
            redraw();
          }}
        >
          ${t(format === 'csv' ? 'exportCsv' : 'exportXlsx')} · ${t(what === 'totals' ? 'exportTotals' : 'disbursements')}
        </button>`,
    )}`;

  const figures = (
    areaLevel: ReturnType<typeof areaLevelBelow>,
    programmeLevel: ReturnType<typeof programmeLevelBelow>,
    placed: string | undefined,
    redraw: () => void,
  ) =>
    html`<div class="actions">${exportButtons('totals', `${areaLevel},programme`, redraw)}</div>
      ${besideField(refusal, placed, 'export')}
      <div class="cards">
        ${totalsSection(`${t('byArea')}: ${t(areaLevel)}`, areaLevel, byArea, (group) =>
          areaLevel === 'subdistrict' || group.key[areaLevel] === null ? undefined : { ...filter, area: String(group.key[areaLevel]) },
        )}
        ${totalsSection(`${t('byProgramme')}: ${t(programmeLevel)}`, programmeLevel, byProgramme, (group) =>
          programmeLevel === 'programme'
            ? { ...filter, programme: String(group.key.programme) }
            : { ...filter, fiscalYear: String(group.key.fiscalYear) },
        )}
      </div>
      <h3>${t('disbursements')}</h3>
      <div class="actions">${exportButtons('disbursements', '', redraw)}</div>
      <div class="table-wrap">
        <table class="wide" data-testid="disbursements">
          <thead>
            <tr>
              <th scope="col">${t('paidOn')}</th>
              <th scope="col">${t('unit')}</th>
              <th scope="col">${t('purpose')}</th>
              <th scope="col">${t('areaCode')}</th>
              <th scope="col" class="amount">${t('amount')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  <td>${beDate(row.paidOn)}</td>
                  <td>${row.unitName ?? row.unitId}<br /><small>${programmeWord(row.programme)} · ${row.fiscalYear}</small></td>
                  <td>${row.purpose}</td>
                  <td>${row.areaCode}</td>
                  <td class="amount">${baht(row.amount)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="actions">
        ${
          cursors.length > 1
            ? html`<button class="secondary" @click=${async () => ((cursors = [null]), (refusal = await refusalOf(loadRows)), redraw())}>
                ${t('firstPage')}
              </button>`
            : ''
        }
        ${
          nextCursor
            ? html`<button
                class="secondary"
                @click=${async () => {
                  cursors = [...cursors, nextCursor];
                  refusal = await refusalOf(loadRows);
                  redraw();
                }}
              >
                ${t('nextPage')}
              </button>`
            : ''
        }
      </p>`;

  return {
    load: async ({ params }) => {
      filter = { area: params.area, programme: params.programme, fiscalYear: params.fiscalYear };
      // Rows per page of the disbursements; the drill links keep only the filter.
      limit = params.limit ?? '20';
      loaded = false;
      refusal = await refusalOf(async () => {
        byArea = (await financeTotals(filter, areaLevelBelow(filter.area))).groups;
        byProgramme = (await financeTotals(filter, programmeLevelBelow(filter.programme))).groups;
        cursors = [null];
        await loadRows();
        loaded = true;
      });
    },
    view: ({ redraw }) => {
      const placed = refusal ? fieldOf(refusal, FIELDS, BY_CODE) : undefined;
      const areaLevel = areaLevelBelow(filter.area);
      const programmeLevel = programmeLevelBelow(filter.programme);
      return html`<h2>${t('financeTitle')}</h2>
        <nav class="crumbs" aria-label=${t('byArea')}>
          <a href=${financeHref({ ...filter, area: undefined })}>${t('allAreas')}</a>
          ${areaTrail(filter.area).map((area) => html`› <a href=${financeHref({ ...filter, area })}>${area}</a>`)}
          ${
            filter.programme
              ? html`· <a href=${financeHref({ ...filter, programme: undefined, fiscalYear: undefined })}>${t('byProgramme')}</a> ›
                  <a href=${financeHref({ ...filter, fiscalYear: undefined })}>${programmeWord(filter.programme)}</a>`
              : ''
          }
          ${filter.fiscalYear ? html`› ${t('fiscalYear')} ${filter.fiscalYear}` : ''}
        </nav>
        <form
          class="inline-form"
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const form = new FormData(event.target as HTMLFormElement);
            location.hash = financeHref({
              ...filter,
              area: String(form.get('area')).trim(),
              fiscalYear: String(form.get('fiscalYear')).trim(),
            });
          }}
        >
          <div>
            <label for="area">${t('areaCode')}</label>
            <input id="area" name="area" inputmode="numeric" .value=${filter.area ?? ''} aria-describedby="area-error" />
            ${besideField(refusal, placed, 'area')}
          </div>
          <div>
            <label for="fiscalYear">${t('fiscalYearBe')}</label>
            <input
              id="fiscalYear"
              name="fiscalYear"
              inputmode="numeric"
              .value=${filter.fiscalYear ?? ''}
              aria-describedby="fiscalYear-error"
            />
            ${besideField(refusal, placed, 'fiscalYear')}
          </div>
          <div><button type="submit">${t('filter')}</button></div>
        </form>
        ${besideField(refusal, placed, 'programme')} ${underForm(refusal, placed)}
        ${loaded ? figures(areaLevel, programmeLevel, placed, redraw) : ''}`;
    },
  };
};
