import { html } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { beDate } from '../thai-format';
import { Finding, findingSummary } from './findings-page';
import { bundleVerification } from '../verify/bundle-verification';

/** One finding: its facts, its evidence events, the case workflow and the evidence bundle. */
export const findingPage = (): Page => {
  let finding: Finding | undefined;
  let refusal: Refusal | undefined;
  let caseOutcome: string | Refusal | undefined;
  let verification: ReturnType<typeof bundleVerification> | undefined;
  const caseStep = async (findingId: string, step: 'case' | 'investigation' | 'closure', body: unknown, redraw: () => void) => {
    const path = step === 'case' ? `/api/audit/findings/${findingId}/case` : `/api/audit/cases/${findingId}/${step}`;
    try {
      await api('POST', path, body);
      caseOutcome = step;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      caseOutcome = error;
    }
    redraw();
  };
  return {
    load: async ({ params }) => {
      try {
        finding = await api('GET', `/api/audit/findings/${encodeURIComponent(params.findingId)}`);
        verification = bundleVerification(`/api/audit/findings/${encodeURIComponent(params.findingId)}/evidence`);
        await verification.load();
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params, redraw }) => {
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      if (!finding) return html`<p>${t('loading')}</p>`;
      return html`<h2>${t('finding')}: ${finding.rule}</h2>
        <p>${findingSummary(finding)}</p>
        <p>${t('raisedAt')}: ${beDate(finding.raisedAt)} · ${finding.areaCode ?? ''} · ${finding.severity}</p>
        <h3>${t('evidence')}</h3>
        <ul>
          ${finding.evidenceEventIds.map((id) => html`<li><code>${id}</code></li>`)}
        </ul>
        <p class="no-print">
          <a href="/api/audit/findings/${params.findingId}/evidence" @click=${(e: Event) => downloadBundle(e, params.findingId)}
            >${t('downloadBundle')}</a
          >
        </p>
        ${verification?.view(redraw) ?? ''}
        <h3>Case</h3>
        ${
          caseOutcome instanceof Refusal
            ? html`<p class="refusal" role="alert">${caseOutcome.text}</p>`
            : caseOutcome
              ? html`<p class="done" role="status">✓ ${caseOutcome}</p>`
              : ''
        }
        <p>
          <button class="secondary" @click=${() => caseStep(params.findingId, 'case', undefined, redraw)}>open case</button>
          <button class="secondary" @click=${() => caseStep(params.findingId, 'investigation', undefined, redraw)}>investigate</button>
        </p>`;
    },
  };
};

/** The bundle needs the auditor's token, so the link fetches it and saves it as a file. */
const downloadBundle = async (event: Event, findingId: string): Promise<void> => {
  event.preventDefault();
  const bundle = await api<unknown>('GET', `/api/audit/findings/${encodeURIComponent(findingId)}/evidence`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
  link.download = `evidence-${findingId}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
};
