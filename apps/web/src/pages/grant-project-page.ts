import { html, TemplateResult } from 'lit';
import { recordMoney } from '../api';
import { dateField } from '../date-field';
import { idempotencyKeys } from '../idempotency-key';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { currentSession } from '../session';
import { awardPath, ProjectDetails, projectDetails } from '../programmes/grants-api';
import { projectStatus } from '../programmes/grants-words';
import { eventWord } from '../programmes/programme-words';
import { besideField, fieldOf, refusalOf, underForm } from '../programmes/refusal-beside';
import { baht, bahtWords, beDate, todayInBangkok } from '../thai-format';

const FIELDS = ['awardId', 'amount', 'amountWords', 'conditions', 'decidedOn', 'endDate'] as const;
type Field = (typeof FIELDS)[number];
const BY_CODE: [RegExp, Field][] = [
  [/words/, 'amountWords'],
  [/above-request|budget\.|amount/, 'amount'],
  [/date-in-future|decided/, 'decidedOn'],
  [/end-before|end-date/, 'endDate'],
  [/award-id|duplicate/, 'awardId'],
];

/** The day the event's own document names (paid on, decided on, received on), else none: a demo or a migration records events long after they happened. */
const businessDayOf = (data: Record<string, unknown>): string | undefined =>
  Object.entries(data).find(([key, value]) => /On$/.test(key) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))?.[1] as
    string | undefined;

/** The money-bearing fields of an event, so a timeline line says what moved without the whole payload. */
const moneyOf = (data: Record<string, unknown>): string =>
  Object.entries(data)
    .filter(([key, value]) => typeof value === 'string' && /amount|released|refund/i.test(key) && /^\d+\.\d{2}$/.test(value))
    .map(([, value]) => baht(value as string))
    .join(' · ');

const awardForm = (
  project: ProjectDetails,
  values: Record<Field, string>,
  state: { refusal?: Refusal },
  submit: () => Promise<void>,
  redraw: () => void,
) => {
  const placed = state.refusal ? fieldOf(state.refusal, FIELDS, BY_CODE) : undefined;
  const field = (name: Field, label: MessageKey, input: TemplateResult) =>
    html`<label for=${name}>${t(label)}</label>${input}${besideField(state.refusal, placed, name)}`;
  const text = (name: Field, inputmode = 'text') =>
    html`<input
      id=${name}
      name=${name}
      inputmode=${inputmode}
      .value=${values[name]}
      aria-describedby="${name}-error"
      @input=${(e: Event) => ((values[name] = (e.target as HTMLInputElement).value), redraw())}
    />`;
  const words = bahtWords(values.amount);
  return html`<h3>${t('awardTitle')}</h3>
    <form
      @submit=${async (event: SubmitEvent) => {
        event.preventDefault();
        await submit();
      }}
    >
      ${field('awardId', 'awardId', text('awardId'))} ${field('amount', 'awardAmount', text('amount', 'decimal'))}
      ${words ? html`<p class="words">${t('wordsOf')} ${values.amount}: <span data-testid="award-words-hint">${words}</span></p>` : ''}
      ${field('amountWords', 'awardWords', text('amountWords'))}
      ${field(
        'conditions',
        'conditions',
        html`<textarea
          id="conditions"
          rows="3"
          .value=${values.conditions}
          aria-describedby="conditions-error"
          @input=${(e: Event) => (values.conditions = (e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      )}
      ${field(
        'decidedOn',
        'decidedOn',
        dateField('decidedOn', values.decidedOn, (value) => ((values.decidedOn = value), redraw())),
      )}
      ${field(
        'endDate',
        'endDate',
        dateField('endDate', values.endDate, (value) => ((values.endDate = value), redraw())),
      )}
      ${underForm(state.refusal, placed)}
      <p><button type="submit">${t('awardTitle')} ${project.projectId}</button></p>
    </form>`;
};

/** A project: its money, tranches and reports, its timeline, and the award for the approver. */
export const grantProjectPage = (): Page => {
  let project: ProjectDetails | undefined;
  let loadRefusal: Refusal | undefined;
  const state: { refusal?: Refusal } = {};
  let awarded = false;
  const keyFor = idempotencyKeys();
  const values: Record<Field, string> = {
    awardId: '',
    amount: '',
    amountWords: '',
    conditions: '',
    decidedOn: todayInBangkok(),
    endDate: '',
  };
  const load = async (projectId: string) => {
    loadRefusal = await refusalOf(async () => (project = await projectDetails(projectId)));
  };
  return {
    load: async ({ params }) => {
      await load(params.projectId);
      values.awardId = `aw-${params.projectId}`;
      values.amount = project?.requested ?? '';
    },
    view: ({ params, redraw }) => {
      if (loadRefusal) return html`<p class="refusal" role="alert">${loadRefusal.text}</p>`;
      if (!project) return html`<p>${t('loading')}</p>`;
      const canAward = currentSession()?.user.role === 'committee' && project.status === 'UnderReview';
      const submit = async () => {
        const body = {
          awardId: values.awardId,
          amount: values.amount.replace(/,/g, '').trim(),
          amountWords: values.amountWords.trim(),
          conditions: values.conditions
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          decidedOn: values.decidedOn,
          endDate: values.endDate,
        };
        state.refusal = await refusalOf(() => recordMoney(awardPath(project!.projectId), body, keyFor(body)));
        if (!state.refusal) {
          awarded = true;
          await load(params.projectId);
        }
        redraw();
      };
      return html`<h2>${t('project')} ${project.projectId}</h2>
        <p>
          <a href="#/grants/${encodeURIComponent(project.programmeId)}/${project.fiscalYear}"
            >${project.programmeId} · ${project.fiscalYear}</a
          >
          · ${t('organisation')} ${project.organisationId} · ${t('areaCode')} ${project.areaCode}
        </p>
        <p>${t('status')}: <strong data-testid="project-status">${projectStatus(project.status)}</strong></p>
        ${awarded ? html`<p class="done" role="status">✓ ${t('awardDone')}</p>` : ''}
        <div class="cards">
          <div class="card">
            <div>${t('requested')}</div>
            <div class="figure">${baht(project.requested)}</div>
          </div>
          <div class="card">
            <div>${t('awarded')}</div>
            <div class="figure">${baht(project.award?.amount ?? '0.00')}</div>
            <div class="words">${project.award?.amountWords ?? ''}</div>
          </div>
          <div class="card">
            <div>${t('refunded')}</div>
            <div class="figure">${baht(project.refunded)}</div>
          </div>
          <div class="card">
            <div>${t('unspent')}</div>
            <div class="figure">${baht(project.unspent)}</div>
          </div>
        </div>
        ${
          project.award
            ? html`<h3>${t('tranches')}</h3>
                <div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">${t('tranche')}</th>
                        <th scope="col">${t('plannedOn')}</th>
                        <th scope="col" class="amount">${t('amount')}</th>
                        <th scope="col">${t('status')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${project.award.tranches.map(
                        (tranche) =>
                          html`<tr>
                            <td>${tranche.number} (${tranche.percent}%)</td>
                            <td>${beDate(tranche.plannedOn)}</td>
                            <td class="amount">${baht(tranche.amount)}</td>
                            <td>${tranche.released ? t('released') : '–'}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
            : ''
        }
        ${
          project.reports.length
            ? html`<h3>${t('reports')}</h3>
                <ul>
                  ${project.reports.map(
                    (report) =>
                      html`<li>
                        ${report.reportId} · ${t('tranche')} ${report.trancheNumber} · ${report.kind} · ${baht(report.total)} ·
                        ${report.status}
                      </li>`,
                  )}
                </ul>`
            : ''
        }
        ${canAward ? awardForm(project, values, state, submit, redraw) : project.status === 'UnderReview' ? html`<p>${t('awardByCommittee')}</p>` : ''}
        <h3>${t('timeline')}</h3>
        <ol class="timeline" data-testid="timeline">
          ${project.timeline.map(
            (entry) =>
              html`<li>
                <strong>${beDate(businessDayOf(entry.data) ?? entry.recordedAt)}</strong> · ${eventWord(entry.type)}
                <code>${entry.type}</code> · ${entry.actor.userId} (${entry.actor.role})
                ${moneyOf(entry.data) ? html`· <span class="amount">${moneyOf(entry.data)}</span>` : ''}
              </li>`,
          )}
        </ol>`;
    },
  };
};
