import { html, TemplateResult } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { currentSession } from '../session';
import { barChart } from '../programmes/bar-chart';
import { recentIds } from '../programmes/recent-ids';
import { besideField, fieldOf, refusalOf, underForm } from '../programmes/refusal-beside';
import { cursorPages } from '../programmes/cursor-pages';
import {
  DeclarationRun,
  declarationRuns,
  HouseholdLine,
  householdsPage,
  HouseholdTimeline,
  householdTimeline,
  ReliefDashboard,
  reliefDashboard,
} from '../programmes/relief-api';
import { eventWord, householdStatusWord, reliefItemWord, runStatusWord } from '../programmes/programme-words';
import { baht, beDate } from '../thai-format';

const FIELDS = ['runId', 'programmeId', 'sourceName', 'method', 'controlCount', 'controlAmount'] as const;
type Field = (typeof FIELDS)[number];
const BY_CODE: [RegExp, Field][] = [
  [/run-exists|run-id/, 'runId'],
  [/in-flight|programme/, 'programmeId'],
  [/source/, 'sourceName'],
  [/method/, 'method'],
  [/control-totals/, 'controlAmount'],
];

/** Households listed per page: a bucket's worth would be too long to read on a phone. */
const HOUSEHOLDS_PER_PAGE = 20;

const householdsTable = (items: HouseholdLine[]): TemplateResult =>
  items.length === 0
    ? html`<p>${t('noHouseholds')}</p>`
    : html`<div class="table-wrap">
        <table data-testid="households">
          <thead>
            <tr>
              <th scope="col">${t('householdRef')}</th>
              <th scope="col">${t('village')}</th>
              <th scope="col">${t('status')}</th>
              <th scope="col" class="amount">${t('entitled')}</th>
              <th scope="col" class="amount">${t('paid')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (line) =>
                html`<tr data-status=${line.status}>
                  <td><code title=${line.householdId}>${line.householdId.slice(0, 10)}…</code></td>
                  <td>${line.villageCode ?? '—'}</td>
                  <td>${householdStatusWord(line.status)}</td>
                  <td class="amount">${baht(line.entitled)}</td>
                  <td class="amount">${baht(line.paid)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;

const runsList = (runs: DeclarationRun[]): TemplateResult =>
  runs.length === 0
    ? html`<p>${t('noRuns')}</p>`
    : html`<ul data-testid="declaration-runs">
        ${runs.map(
          (run) =>
            html`<li>
              <a href="#/relief/runs/${encodeURIComponent(run.runId)}">${run.runId}</a> · ${runStatusWord(run.status)} ·
              ${beDate(run.createdOn)} · ${run.controlTotals.count} ${t('households')} ·
              <span class="amount">${baht(run.controlTotals.amount)}</span>
            </li>`,
        )}
      </ul>`;

/** A declaration's dashboard, its households and runs, one household's timeline, and a new payment run. */
export const reliefDeclarationPage = (): Page => {
  let dashboard: ReliefDashboard | undefined;
  let households: ReturnType<typeof cursorPages<HouseholdLine>> | undefined;
  let runs: DeclarationRun[] = [];
  let runsRefusal: Refusal | undefined;
  let loadRefusal: Refusal | undefined;
  let timeline: HouseholdTimeline | undefined;
  let timelineRefusal: Refusal | undefined;
  let runRefusal: Refusal | undefined;
  const values: Record<Field, string> = {
    runId: '',
    programmeId: '',
    sourceName: '',
    method: 'bank-transfer',
    controlCount: '',
    controlAmount: '',
  };

  const createRun = async (declarationId: string, redraw: () => void) => {
    runRefusal = await refusalOf(() =>
      api('POST', '/api/relief/runs', {
        runId: values.runId.trim(),
        declarationId,
        programmeId: values.programmeId.trim(),
        sourceName: values.sourceName.trim(),
        method: values.method,
        controlTotals: { count: Number(values.controlCount), amount: values.controlAmount.replace(/,/g, '').trim() },
      }),
    );
    if (!runRefusal) location.hash = `#/relief/runs/${encodeURIComponent(values.runId.trim())}`;
    redraw();
  };

  const runForm = (declarationId: string, redraw: () => void): TemplateResult => {
    const placed = runRefusal ? fieldOf(runRefusal, FIELDS, BY_CODE) : undefined;
    const input = (name: Field, label: MessageKey, inputmode = 'text') =>
      html`<div>
        <label for=${name}>${t(label)}</label>
        <input
          id=${name}
          name=${name}
          required
          inputmode=${inputmode}
          .value=${values[name]}
          aria-describedby="${name}-error"
          @input=${(e: Event) => (values[name] = (e.target as HTMLInputElement).value)}
        />
        ${besideField(runRefusal, placed, name)}
      </div>`;
    return html`<h3>${t('newRun')}</h3>
      <form
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void createRun(declarationId, redraw);
        }}
      >
        ${input('runId', 'runId')} ${input('programmeId', 'programmeId')} ${input('sourceName', 'sourceName')}
        <div>
          <label for="method">${t('method')}</label>
          <select id="method" @change=${(e: Event) => (values.method = (e.target as HTMLSelectElement).value)}>
            <option value="bank-transfer">${t('methodTransfer')}</option>
            <option value="promptpay">PromptPay</option>
          </select>
          ${besideField(runRefusal, placed, 'method')}
        </div>
        ${input('controlCount', 'controlCount', 'numeric')} ${input('controlAmount', 'controlAmount', 'decimal')}
        ${underForm(runRefusal, placed)}
        <p><button type="submit">${t('createRun')}</button></p>
      </form>`;
  };

  return {
    load: async ({ params }) => {
      loadRefusal = await refusalOf(async () => (dashboard = await reliefDashboard(params.declarationId)));
      if (loadRefusal) return;
      recentIds('relief-declaration').remember(params.declarationId);
      households = cursorPages<HouseholdLine>((cursor) => householdsPage(params.declarationId, cursor, HOUSEHOLDS_PER_PAGE));
      await Promise.all([
        households.load(),
        refusalOf(async () => (runs = (await declarationRuns(params.declarationId)).items)).then((refusal) => (runsRefusal = refusal)),
      ]);
    },
    view: ({ params, redraw }) => {
      if (loadRefusal)
        return html`<p class="refusal" role="alert">${loadRefusal.text}</p>
          <p><a href="#/relief">${t('reliefOpenTitle')}</a></p>`;
      if (!dashboard) return html`<p>${t('loading')}</p>`;
      const officer = currentSession()?.user.role === 'relief-officer';
      return html`<h2>${dashboard.name}</h2>
        <p>
          ${t('declaration')} ${dashboard.declarationId} · ${t('period')} ${beDate(dashboard.period.from)} –
          ${beDate(dashboard.period.until)} · ${t('areas')} ${dashboard.areaCodes.join(', ')}
        </p>
        <div class="cards">
          <div class="card">
            <div>${t('registered')}</div>
            <div class="figure" data-testid="registered">${dashboard.households.registered}</div>
          </div>
          <div class="card">
            <div>${t('assessed')}</div>
            <div class="figure">${dashboard.households.assessed}</div>
          </div>
          <div class="card">
            <div>${t('householdsPaid')}</div>
            <div class="figure" data-testid="paid">${dashboard.households.paid}</div>
          </div>
        </div>
        ${barChart(
          `${t('entitled')} ${t('byItem')}`,
          dashboard.byItem.map((row) => ({ label: reliefItemWord(row.item), amount: row.entitled })),
        )}
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">${t('item')}</th>
                <th scope="col" class="amount">${t('households')}</th>
                <th scope="col" class="amount">${t('entitled')}</th>
                <th scope="col" class="amount">${t('paid')}</th>
              </tr>
            </thead>
            <tbody>
              ${dashboard.byItem.map(
                (row) =>
                  html`<tr>
                    <td>${reliefItemWord(row.item)}</td>
                    <td class="amount">${row.households}</td>
                    <td class="amount">${baht(row.entitled)}</td>
                    <td class="amount">${baht(row.paid)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <h3>${t('householdsOfDeclaration')}</h3>
        ${
          households?.state.refusal
            ? html`<p class="refusal" role="alert">${households.state.refusal.text}</p>`
            : households
              ? html`${householdsTable(households.state.items)} ${households.buttons(redraw, 'households')}`
              : ''
        }
        <h3>${t('runsOfDeclaration')}</h3>
        ${runsRefusal ? html`<p class="refusal" role="alert">${runsRefusal.text}</p>` : runsList(runs)}
        <h3>${t('householdLookup')}</h3>
        <form
          class="inline-form"
          @submit=${async (event: SubmitEvent) => {
            event.preventDefault();
            const houseNo = String(new FormData(event.target as HTMLFormElement).get('houseRegistrationNo')).trim();
            timelineRefusal = await refusalOf(async () => (timeline = await householdTimeline(params.declarationId, houseNo)));
            redraw();
          }}
        >
          <div>
            <label for="houseRegistrationNo">${t('houseRegistrationNo')}</label>
            <input
              id="houseRegistrationNo"
              name="houseRegistrationNo"
              required
              inputmode="numeric"
              aria-describedby="houseRegistrationNo-error"
            />
            ${besideField(timelineRefusal, 'houseRegistrationNo', 'houseRegistrationNo')}
          </div>
          <div><button type="submit">${t('show')}</button></div>
        </form>
        ${
          timeline && !timelineRefusal
            ? html`<ol class="timeline" data-testid="household-timeline">
                ${timeline.entries.map(
                  (entry) =>
                    html`<li>
                      <strong>${beDate(entry.on ?? entry.recordedAt)}</strong> · ${eventWord(entry.type)}
                      <code>${entry.type}</code> ${entry.runId ? html`· ${entry.runId}` : ''}
                      ${entry.amount ? html`· <span class="amount">${baht(entry.amount)}</span>` : ''}
                      ${entry.reference ? html`· ${entry.reference}` : ''}
                    </li>`,
                )}
              </ol>`
            : ''
        }
        ${officer ? runForm(params.declarationId, redraw) : ''}`;
    },
  };
};
