import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { cursorPages } from '../programmes/cursor-pages';
import { disasterWord } from '../programmes/programme-words';
import { recentIds } from '../programmes/recent-ids';
import { DeclarationLine, declarationsPage } from '../programmes/relief-api';
import { beDate } from '../thai-format';

/**
 * Where a relief officer starts: the declarations in their areas, a page at a time, each a link to
 * its page; and a declaration or a payment run to open by id, with the ones opened lately.
 */
export const reliefOpenPage = (): Page => {
  const declarations = recentIds('relief-declaration');
  const runs = recentIds('relief-run');
  const list = cursorPages<DeclarationLine>((cursor) => declarationsPage(cursor));
  const opener = (name: string, label: string, to: (value: string) => string) =>
    html`<form
      class="inline-form"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const value = String(new FormData(event.target as HTMLFormElement).get(name)).trim();
        location.hash = `#${to(value)}`;
      }}
    >
      <div>
        <label for=${name}>${label}</label>
        <input id=${name} name=${name} required autocomplete="off" />
      </div>
      <div><button type="submit">${t('open')}</button></div>
    </form>`;
  const recent = (ids: string[], to: (value: string) => string) =>
    ids.length ? html`<p>${t('recentlyOpened')}: ${ids.map((id) => html`<a href="#${to(id)}">${id}</a> `)}</p>` : '';
  const declarationPage = (id: string) => `/relief/declarations/${encodeURIComponent(id)}`;
  const runPage = (id: string) => `/relief/runs/${encodeURIComponent(id)}`;
  const table = (items: DeclarationLine[]) =>
    items.length === 0
      ? html`<p>${t('noDeclarations')}</p>`
      : html`<div class="table-wrap">
          <table data-testid="declarations">
            <thead>
              <tr>
                <th scope="col">${t('declaration')}</th>
                <th scope="col">${t('period')}</th>
                <th scope="col" class="amount">${t('registered')}</th>
                <th scope="col" class="amount">${t('assessed')}</th>
                <th scope="col" class="amount">${t('householdsPaid')}</th>
              </tr>
            </thead>
            <tbody>
              ${items.map(
                (line) =>
                  html`<tr data-declaration=${line.declarationId}>
                    <td>
                      <a href="#${declarationPage(line.declarationId)}">${line.name}</a><br />
                      <small>${disasterWord(line.disasterType)} · ${line.declarationId}</small>
                    </td>
                    <td>${beDate(line.period.from)} – ${beDate(line.period.until)}</td>
                    <td class="amount">${line.households.registered}</td>
                    <td class="amount">${line.households.assessed}</td>
                    <td class="amount">${line.households.paid}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return {
    load: () => list.load(),
    view: ({ redraw }) =>
      html`<h2>${t('declarationsInScope')}</h2>
        ${
          list.state.refusal
            ? html`<p class="refusal" role="alert">${list.state.refusal.text}</p>`
            : list.state.loaded
              ? html`${table(list.state.items)} ${list.buttons(redraw, 'declarations')}`
              : html`<p>${t('loading')}</p>`
        }
        <h3>${t('reliefOpenTitle')}</h3>
        ${opener('declarationId', t('declarationId'), declarationPage)} ${recent(declarations.all(), declarationPage)}
        ${opener('runId', t('runId'), runPage)} ${recent(runs.all(), runPage)}`,
  };
};
