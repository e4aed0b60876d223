import { html } from 'lit';
import { api } from '../api';
import { language, t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { beDateOfInstant } from '../thai-format';

export interface Finding {
  findingId: string;
  rule: string;
  severity: string;
  summary: string;
  summaryTh?: string;
  areaCode?: string;
  raisedAt: string;
  streamId?: string;
  evidenceEventIds: string[];
  details: Record<string, unknown>;
}

export const findingSummary = (finding: Finding): string =>
  language() === 'th' && finding.summaryTh ? finding.summaryTh : finding.summary;

/** The auditor's findings, newest first, filtered by rule and severity, a page at a time. */
export const findingsPage = (): Page => {
  let findings: Finding[] = [];
  let nextCursor: string | null = null;
  let rule = '';
  let severity = '';
  let refusal: Refusal | undefined;
  const fetchPage = async (cursor: string | null) => {
    const page: { findings: Finding[]; nextCursor: string | null } = await api(
      'GET',
      `/api/audit/findings?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    findings = cursor ? [...findings, ...page.findings] : page.findings;
    nextCursor = page.nextCursor;
  };
  return {
    load: async () => {
      try {
        await fetchPage(null);
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ redraw }) => {
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      const rules = [...new Set(findings.map((finding) => finding.rule))];
      const shown = findings.filter((finding) => (!rule || finding.rule === rule) && (!severity || finding.severity === severity));
      return html`<h2>${t('findings')}</h2>
        <label for="rule-filter">${t('rule')}</label>
        <select id="rule-filter" @change=${(e: Event) => ((rule = (e.target as HTMLSelectElement).value), redraw())}>
          <option value="">—</option>
          ${rules.map((name) => html`<option value=${name}>${name}</option>`)}
        </select>
        <label for="severity-filter">${t('status')}</label>
        <select id="severity-filter" @change=${(e: Event) => ((severity = (e.target as HTMLSelectElement).value), redraw())}>
          <option value="">—</option>
          <option value="high">high</option>
          <option value="medium">medium</option>
          <option value="low">low</option>
        </select>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>${t('raisedAt')}</th>
                <th>${t('rule')}</th>
                <th>${t('finding')}</th>
              </tr>
            </thead>
            <tbody>
              ${shown.map(
                (finding) =>
                  html`<tr data-finding=${finding.findingId}>
                    <td>${beDateOfInstant(finding.raisedAt)}</td>
                    <td>${finding.rule} (${finding.severity})</td>
                    <td><a href="#/audit/findings/${finding.findingId}">${findingSummary(finding)}</a></td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${nextCursor ? html`<p><button class="secondary" @click=${async () => (await fetchPage(nextCursor), redraw())}>…</button></p>` : ''}`;
    },
  };
};
