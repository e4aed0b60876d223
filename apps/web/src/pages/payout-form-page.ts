import { html } from 'lit';
import { recordMoney } from '../api';
import { dateField } from '../date-field';
import { fieldOfRefusal } from '../field-of-refusal';
import { idempotencyKeys } from '../idempotency-key';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { todayInBangkok } from '../thai-format';
import { fundPath } from './fund-api';

const FIELDS = ['method', 'payeeAccount', 'reference', 'paidOn'];

export const payoutFormPage = (): Page => {
  const values = { method: 'promptpay', payeeAccount: '', reference: '', paidOn: todayInBangkok() };
  const payoutId = `p-${Date.now().toString(36)}`;
  const keyFor = idempotencyKeys();
  let refusal: Refusal | undefined;
  let paid = false;
  let payoutEventId: string | undefined;
  const errorFor = (field: string) =>
    refusal && fieldOfRefusal(refusal, FIELDS) === field ? html`<p class="field-error" role="alert">${refusal.text}</p>` : '';

  return {
    view: ({ params, redraw }) => {
      if (paid)
        return html`<h2>${t('payout')} ${params.claimId}</h2>
          <p class="done" role="status">✓ ${t('paid')}: ${payoutId}</p>
          ${payoutEventId ? html`<p><a href="#/payments/${payoutEventId}">${t('printReceipt')}</a></p>` : ''}
          <p><a href="#/fund/${params.fundId}/members/${params.member}">${t('statement')} ${params.member}</a></p>`;
      return html`<h2>${t('payout')} ${params.claimId}</h2>
        <form
          @submit=${async (event: SubmitEvent) => {
            event.preventDefault();
            try {
              const body = {
                payoutId,
                method: values.method,
                reference: values.reference || payoutId,
                paidOn: values.paidOn,
                payeeAccount: values.method === 'cash' ? null : values.payeeAccount,
              };
              const answer = await recordMoney<{ events: { id: string; type: string }[] }>(
                `${fundPath(params.fundId)}/claims/${encodeURIComponent(params.claimId)}/payout`,
                body,
                keyFor(body),
              );
              payoutEventId = answer.events.find((event) => event.type === 'welfare.payout.made')?.id;
              paid = true;
            } catch (error) {
              if (!(error instanceof Refusal)) throw error;
              refusal = error;
            }
            redraw();
          }}
        >
          <label for="method">${t('method')}</label>
          <select id="method" @change=${(e: Event) => ((values.method = (e.target as HTMLSelectElement).value), redraw())}>
            <option value="promptpay" ?selected=${values.method === 'promptpay'}>${t('methodPromptpay')}</option>
            <option value="bank-transfer" ?selected=${values.method === 'bank-transfer'}>${t('methodTransfer')}</option>
            <option value="cash" ?selected=${values.method === 'cash'}>${t('methodCash')}</option>
          </select>
          ${errorFor('method')}
          ${
            values.method === 'cash'
              ? ''
              : html`<label for="payeeAccount">${t('payeeAccount')}</label>
                  <input
                    id="payeeAccount"
                    inputmode="numeric"
                    .value=${values.payeeAccount}
                    @input=${(e: Event) => (values.payeeAccount = (e.target as HTMLInputElement).value)}
                  />
                  ${errorFor('payeeAccount')}`
          }
          <label for="reference">${t('reference')}</label>
          <input
            id="reference"
            .value=${values.reference}
            @input=${(e: Event) => (values.reference = (e.target as HTMLInputElement).value)}
          />
          <label for="paidOn">${t('paidOn')}</label>
          ${dateField('paidOn', values.paidOn, (value) => ((values.paidOn = value), redraw()))} ${errorFor('paidOn')}
          ${refusal && !fieldOfRefusal(refusal, FIELDS) ? html`<p class="refusal" role="alert">${refusal.text}</p>` : ''}
          <p><button type="submit">${t('pay')}</button></p>
        </form>`;
    },
  };
};
