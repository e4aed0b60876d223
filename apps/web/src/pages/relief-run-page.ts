import { html } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { currentSession } from '../session';
import { downloadFile, uploadFile } from '../programmes/file-transfer';
import { recentIds } from '../programmes/recent-ids';
import { besideField, refusalOf } from '../programmes/refusal-beside';
import { DryRun, ResultImport, runPath, RunStatus, runStatus } from '../programmes/relief-api';
import { notApplicableWord, paymentStatusWord, runStatusWord } from '../programmes/programme-words';
import { baht } from '../thai-format';

type Action = 'dryRun' | 'approve' | 'bankFile' | 'results' | 'close';

/**
 * A payment run: its control totals and payments counted by status, and each step in order, the
 * dry run, the committee's approvals, the bank file, the bank's result file, closing. A refusal
 * stands beside the step it refused.
 */
export const reliefRunPage = (): Page => {
  let status: RunStatus | undefined;
  let loadRefusal: Refusal | undefined;
  let dryRun: DryRun | undefined;
  let imported: ResultImport | undefined;
  let saved: string | undefined;
  let refusal: Refusal | undefined;
  let refused: Action | undefined;
  const reload = async (runId: string) => {
    loadRefusal = await refusalOf(async () => (status = await runStatus(runId)));
  };
  const step = async (action: Action, runId: string, redraw: () => void, work: () => Promise<unknown>) => {
    refusal = await refusalOf(work);
    refused = refusal ? action : undefined;
    if (!refusal) await reload(runId);
    redraw();
  };
  return {
    load: async ({ params }) => {
      await reload(params.runId);
      if (!loadRefusal) recentIds('relief-run').remember(params.runId);
    },
    view: ({ params, redraw }) => {
      if (loadRefusal)
        return html`<p class="refusal" role="alert">${loadRefusal.text}</p>
          <p><a href="#/relief">${t('reliefOpenTitle')}</a></p>`;
      if (!status) return html`<p>${t('loading')}</p>`;
      const role = currentSession()?.user.role;
      const runId = params.runId;
      const payments = Object.entries(status.payments);
      return html`<h2>${t('run')} ${status.runId}</h2>
        <p>
          ${t('runStatus')}: <strong data-testid="run-status" data-status=${status.status}>${runStatusWord(status.status)}</strong> ·
          ${t('method')} ${status.method}
        </p>
        <div class="cards">
          <div class="card">
            <div>${t('controlCount')}</div>
            <div class="figure">${status.controlTotals.count}</div>
            <div>${baht(status.controlTotals.amount)}</div>
          </div>
          <div class="card">
            <div>${t('approvalsRequired')}: ${status.approvalsRequired}</div>
            <div>${t('approvers')}: <span data-testid="approvers">${status.approverIds.join(', ') || '–'}</span></div>
          </div>
          ${
            status.exported
              ? html`<div class="card">
                  <div>${t('downloadBankFile')}</div>
                  <div class="figure">${status.exported.count}</div>
                  <div>${baht(status.exported.amount)}</div>
                </div>`
              : ''
          }
        </div>
        <h3>${t('paymentsByStatus')}</h3>
        <div class="table-wrap">
          <table data-testid="payments-by-status">
            <thead>
              <tr>
                <th scope="col">${t('status')}</th>
                <th scope="col" class="amount">${t('count')}</th>
                <th scope="col" class="amount">${t('amount')}</th>
              </tr>
            </thead>
            <tbody>
              ${payments.map(
                ([name, row]) =>
                  html`<tr data-status=${name}>
                    <td>${paymentStatusWord(name)}</td>
                    <td class="amount">${row.count}</td>
                    <td class="amount">${baht(row.amount)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${
          role === 'relief-officer'
            ? html`<h3>${t('dryRun')}</h3>
                <p>
                  <button
                    id="dryRun"
                    aria-describedby="dryRun-error"
                    @click=${() => step('dryRun', runId, redraw, async () => (dryRun = await api<DryRun>('POST', `${runPath(runId)}/dry-run`)))}
                  >
                    ${t('dryRun')}
                  </button>
                </p>
                ${besideField(refusal, refused, 'dryRun')}
                ${
                  dryRun
                    ? html`<p data-testid="dry-run">
                        ${t('applicable')}: <strong>${dryRun.applicableCount}</strong> · ${baht(dryRun.applicableAmount)}
                        ${dryRun.notApplicable.map((row) => html`<br />${t('notApplicable')} (${notApplicableWord(row.reason)}): ${row.count} · ${baht(row.amount)}`)}
                      </p>`
                    : ''
                }`
            : ''
        }
        ${
          role === 'committee'
            ? html`<p>
                  <button
                    id="approve"
                    aria-describedby="approve-error"
                    @click=${() => step('approve', runId, redraw, () => api('POST', `${runPath(runId)}/approvals`))}
                  >
                    ${t('approveRun')}
                  </button>
                </p>
                ${besideField(refusal, refused, 'approve')}`
            : ''
        }
        ${
          role === 'relief-officer'
            ? html`<h3>${t('downloadBankFile')}</h3>
                <p>
                  <button
                    id="bankFile"
                    aria-describedby="bankFile-error"
                    @click=${() =>
                      step(
                        'bankFile',
                        runId,
                        redraw,
                        async () => (saved = (await downloadFile('POST', `${runPath(runId)}/bank-file`, `${runId}.csv`)).name),
                      )}
                  >
                    ${t('downloadBankFile')}
                  </button>
                </p>
                ${saved ? html`<p class="done" role="status">✓ ${t('bankFileSaved')}: ${saved}</p>` : ''}
                ${besideField(refusal, refused, 'bankFile')}
                <label for="results">${t('uploadResults')}</label>
                <input
                  id="results"
                  type="file"
                  accept=".csv,text/csv"
                  aria-describedby="results-error"
                  @change=${(e: Event) => {
                    const file = (e.target as HTMLInputElement).files?.[0];
                    if (file)
                      void step(
                        'results',
                        runId,
                        redraw,
                        async () => (imported = await uploadFile<ResultImport>(`${runPath(runId)}/results`, file, 'text/csv')),
                      );
                  }}
                />
                ${besideField(refusal, refused, 'results')}
                ${
                  imported
                    ? html`<p class="done" role="status" data-testid="results-imported">
                        ✓ ${t('resultsImported')}: ${t('paid')} ${imported.paid} · ${t('failed')} ${imported.failed} · ${t('returned')}
                        ${imported.returned}
                      </p>`
                    : ''
                }
                <form
                  class="inline-form"
                  @submit=${(event: SubmitEvent) => {
                    event.preventDefault();
                    const reason = String(new FormData(event.target as HTMLFormElement).get('closeReason')).trim();
                    void step('close', runId, redraw, () => api('POST', `${runPath(runId)}/close`, { reason }));
                  }}
                >
                  <div>
                    <label for="closeReason">${t('closeReason')}</label>
                    <input id="closeReason" name="closeReason" required aria-describedby="close-error" />
                    ${besideField(refusal, refused, 'close')}
                  </div>
                  <div><button type="submit" class="secondary">${t('closeRun')}</button></div>
                </form>`
            : ''
        }`;
    },
  };
};
