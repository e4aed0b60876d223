import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Refusal } from '../refusal';
import { beDateOfInstant } from '../thai-format';

/** A case as the audit service answers it (libs/audit/cases CaseState), the fields the page shows. */
export interface CaseView {
  status: 'NotOpened' | 'Open' | 'Investigating' | 'Closed';
  openedBy?: string;
  openedAt?: string;
  investigatorId?: string;
  noteIds?: string[];
  resolution?: string;
  referredTo?: string | null;
  reason?: string;
  closedBy?: string;
  closedAt?: string;
}

const STATUS: Record<CaseView['status'], MessageKey> = {
  NotOpened: 'caseNotOpened',
  Open: 'caseOpen',
  Investigating: 'caseInvestigating',
  Closed: 'caseClosed',
};
const RESOLUTIONS: [string, MessageKey][] = [
  ['substantiated', 'resolutionSubstantiated'],
  ['unfounded', 'resolutionUnfounded'],
  ['referred', 'resolutionReferred'],
];
const AGENCIES: [string, MessageKey][] = [
  ['PACC', 'agencyPacc'],
  ['NACC', 'agencyNacc'],
  ['SAO', 'agencySao'],
];

/**
 * The case on a finding, worked from the page through the audit service's case routes: open it,
 * take it up, add notes, close it with a resolution. A case shares its finding's id. The service
 * decides every step; its refusal is shown with the step that was refused.
 */
export const caseWorkflow = (findingId: string, initial: CaseView) => {
  let state = initial;
  let refusal: { step: string; refusal: Refusal } | undefined;
  const form = { note: '', resolution: 'substantiated', referredTo: 'PACC', reason: '' };
  const id = encodeURIComponent(findingId);

  const step = async (name: string, path: string, body: unknown, redraw: () => void) => {
    try {
      state = await api<CaseView>('POST', path, body);
      refusal = undefined;
      if (name === 'note') form.note = '';
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refusal = { step: name, refusal: error };
    }
    redraw();
  };
  const refusalAt = (name: string) =>
    refusal?.step === name
      ? html`<p class="field-error" id="case-${name}-error" role="alert" data-code=${refusal.refusal.code}>${refusal.refusal.text}</p>`
      : '';

  return (redraw: () => void) => {
    const active = state.status === 'Open' || state.status === 'Investigating';
    return html`<section aria-labelledby="case-heading" data-testid="case">
      <h3 id="case-heading">${t('caseTitle')}</h3>
      <p data-testid="case-status" data-status=${state.status}>
        ${t('status')}: <strong>${t(STATUS[state.status])}</strong>
        ${state.openedAt ? html` · ${t('caseOpenedBy')} ${state.openedBy} ${beDateOfInstant(state.openedAt)}` : ''}
        ${state.investigatorId ? html` · ${t('caseInvestigator')} ${state.investigatorId}` : ''}
        ${state.noteIds ? html` · ${t('caseNotes')}: <span data-testid="case-notes">${state.noteIds.length}</span>` : ''}
      </p>
      ${
        state.status === 'Closed'
          ? html`<p data-testid="case-resolution">
              ${t('resolution')}: ${t(RESOLUTIONS.find(([value]) => value === state.resolution)?.[1] ?? 'resolutionSubstantiated')}
              ${state.referredTo ? html`(${t(AGENCIES.find(([value]) => value === state.referredTo)?.[1] ?? 'agencyPacc')})` : ''} ·
              ${state.reason} · ${state.closedBy} ${beDateOfInstant(state.closedAt)}
            </p>`
          : ''
      }
      ${
        state.status === 'NotOpened'
          ? html`<p><button @click=${() => step('open', `/api/audit/findings/${id}/case`, undefined, redraw)}>${t('openCase')}</button></p>
              ${refusalAt('open')}`
          : ''
      }
      ${
        state.status === 'Open'
          ? html`<p>
                <button @click=${() => step('investigate', `/api/audit/cases/${id}/investigation`, undefined, redraw)}>
                  ${t('startInvestigation')}
                </button>
              </p>
              ${refusalAt('investigate')}`
          : ''
      }
      ${
        active
          ? html`<form
              @submit=${(event: SubmitEvent) => {
                event.preventDefault();
                const noteId = `note-${(state.noteIds?.length ?? 0) + 1}-${Date.now().toString(36)}`;
                void step('note', `/api/audit/cases/${id}/notes`, { noteId, text: form.note }, redraw);
              }}
            >
              <label for="case-note">${t('caseNote')}</label>
              <textarea
                id="case-note"
                rows="3"
                aria-describedby="case-note-error"
                .value=${live(form.note)}
                @input=${(e: Event) => (form.note = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              ${refusalAt('note')}
              <p><button type="submit" class="secondary">${t('addNote')}</button></p>
            </form>`
          : ''
      }
      ${
        active
          ? html`<form
              @submit=${(event: SubmitEvent) => {
                event.preventDefault();
                const body = {
                  resolution: form.resolution,
                  referredTo: form.resolution === 'referred' ? form.referredTo : null,
                  reason: form.reason,
                };
                void step('close', `/api/audit/cases/${id}/closure`, body, redraw);
              }}
            >
              <label for="case-resolution">${t('resolution')}</label>
              <select id="case-resolution" @change=${(e: Event) => ((form.resolution = (e.target as HTMLSelectElement).value), redraw())}>
                ${RESOLUTIONS.map(([value, label]) => html`<option value=${value} ?selected=${value === form.resolution}>${t(label)}</option>`)}
              </select>
              ${
                form.resolution === 'referred'
                  ? html`<label for="case-agency">${t('referredTo')}</label>
                      <select id="case-agency" @change=${(e: Event) => (form.referredTo = (e.target as HTMLSelectElement).value)}>
                        ${AGENCIES.map(([value, label]) => html`<option value=${value} ?selected=${value === form.referredTo}>${t(label)}</option>`)}
                      </select>`
                  : ''
              }
              <label for="case-reason">${t('caseCloseReason')}</label>
              <textarea
                id="case-reason"
                rows="3"
                aria-describedby="case-close-error"
                .value=${live(form.reason)}
                @input=${(e: Event) => (form.reason = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              ${refusalAt('close')}
              <p><button type="submit">${t('closeCase')}</button></p>
            </form>`
          : ''
      }
    </section>`;
  };
};
