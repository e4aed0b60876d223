import { html } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { beDateOfInstant } from '../thai-format';
import { Finding, findingSummary } from './findings-page';
import { bundleVerification } from '../verify/bundle-verification';
import { caseWorkflow, CaseView } from './case-workflow';
import { BundledEvent, timelineOf, timelineView, TimelineEntry } from './evidence-timeline';

/** One finding: its facts, its evidence events, the case workflow and the evidence bundle. */
export const findingPage = (): Page => {
  let finding: (Finding & { case: CaseView }) | undefined;
  let refusal: Refusal | undefined;
  let timeline: TimelineEntry[] | Refusal = [];
  let caseView: ReturnType<typeof caseWorkflow> | undefined;
  let verification: ReturnType<typeof bundleVerification> | undefined;
  return {
    load: async ({ params }) => {
      try {
        const found = await api<Finding & { case: CaseView }>('GET', `/api/audit/findings/${encodeURIComponent(params.findingId)}`);
        finding = found;
        caseView = caseWorkflow(found.findingId, found.case);
        timeline = await api<{ events: { event: BundledEvent }[] }>(
          'GET',
          `/api/audit/findings/${encodeURIComponent(params.findingId)}/evidence`,
        ).then(
          (bundle) =>
            timelineOf(
              bundle.events.map((entry) => entry.event),
              found.evidenceEventIds,
            ),
          // The timeline waits for a signed tree head; the finding and its case are still shown.
          (error: unknown) => {
            if (error instanceof Refusal) return error;
            throw error;
          },
        );
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
        <p>${t('raisedAt')}: ${beDateOfInstant(finding.raisedAt)} · ${finding.areaCode ?? ''} · ${finding.severity}</p>
        ${timeline instanceof Refusal ? html`<p class="refusal" role="alert">${timeline.text}</p>` : timelineView(timeline)}
        <p class="no-print">
          <a href="/api/audit/findings/${params.findingId}/evidence" @click=${(e: Event) => downloadBundle(e, params.findingId)}
            >${t('downloadBundle')}</a
          >
        </p>
        ${verification?.view(redraw) ?? ''} ${caseView?.(redraw) ?? ''}`;
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
