import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { recentIds } from '../programmes/recent-ids';

/** Where a relief officer starts: a declaration or a payment run to open, and the ones opened lately. */
export const reliefOpenPage = (): Page => {
  const declarations = recentIds('relief-declaration');
  const runs = recentIds('relief-run');
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
  return {
    view: () =>
      html`<h2>${t('reliefOpenTitle')}</h2>
        ${opener('declarationId', t('declarationId'), declarationPage)} ${recent(declarations.all(), declarationPage)}
        ${opener('runId', t('runId'), runPage)} ${recent(runs.all(), runPage)}`,
  };
};
