import { html } from 'lit';
import { recordMoney } from '../api';
import { dateField } from '../date-field';
import { t } from '../i18n/i18n';
import { idempotencyKeys } from '../idempotency-key';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { Money } from '@kongthun/kernel';
import { beMonth, todayInBangkok } from '../thai-format';
import { allMembers, fundPath, MemberRow } from './fund-api';

interface SheetRow {
  member: MemberRow;
  include: boolean;
  months: string;
  amount: string;
  receiptRef: string;
  /** Made once per row when the sheet opens, so that pressing "record all" again never records twice. */
  contributionId: string;
  keyFor: (body: unknown) => string;
  outcome?: 'recorded' | Refusal;
}

/** Enter moves to the next member's amount, as on a paper sheet: the keyboard never leaves the column. */
const nextRowOnEnter = (event: KeyboardEvent): void => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-column="amount"]')];
  const next = inputs[inputs.indexOf(event.target as HTMLInputElement) + 1];
  (next ?? document.getElementById('record-all'))?.focus();
};

export const contributionSheetPage = (): Page => {
  let rows: SheetRow[] = [];
  let receivedOn = todayInBangkok();
  let busy = false;
  let refusal: Refusal | undefined;
  const sheetId = Date.now().toString(36);

  const recordAll = async (fundId: string, redraw: () => void): Promise<void> => {
    busy = true;
    redraw();
    for (const row of rows.filter((row) => row.include && row.outcome !== 'recorded')) {
      try {
        const body = {
          contributionId: row.contributionId,
          memberId: row.member.memberId,
          months: Number(row.months),
          amount: row.amount.replace(/,/g, ''),
          receivedOn,
          receiptRef: row.receiptRef,
        };
        await recordMoney(`${fundPath(fundId)}/contributions`, body, row.keyFor(body));
        row.outcome = 'recorded';
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        row.outcome = error;
      }
      redraw();
    }
    busy = false;
    redraw();
  };

  return {
    load: async ({ params }) => {
      try {
        const members = await allMembers(params.fundId);
        rows = members
          .filter((member) => member.status === 'active')
          .map((member) => ({
            member,
            include: true,
            months: '1',
            amount: '',
            receiptRef: `rc-${receivedOn.replace(/-/g, '')}-${member.memberId}`,
            contributionId: `ct-${member.memberId}-${sheetId}`,
            keyFor: idempotencyKeys(),
          }));
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params, redraw }) => {
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      const recorded = rows.filter((row) => row.outcome === 'recorded').length;
      return html`<h2>${t('contributions')}</h2>
        <p>${t('sheetHelp')}</p>
        <div class="no-print">
          <label for="received-on">${t('receivedOn')}</label>
          ${dateField('received-on', receivedOn, (value) => ((receivedOn = value), redraw()))}
          <label for="monthly-amount">${t('monthlyAmount')}</label>
          <input
            id="monthly-amount"
            inputmode="decimal"
            @change=${(e: Event) => {
              const amount = (e.target as HTMLInputElement).value;
              for (const row of rows) if (row.amount === '') row.amount = amount;
              redraw();
            }}
          />
        </div>
        <div class="table-wrap">
          <table class="sheet">
            <thead>
              <tr>
                <th>${t('include')}</th>
                <th>${t('memberId')}</th>
                <th>${t('paidThrough')}</th>
                <th>${t('months')}</th>
                <th class="amount">${t('amount')}</th>
                <th>${t('receiptRef')}</th>
                <th>${t('status')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) =>
                  html`<tr data-member=${row.member.memberId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label="${t('include')} ${row.member.memberId}"
                        .checked=${row.include}
                        @change=${(e: Event) => (row.include = (e.target as HTMLInputElement).checked)}
                      />
                    </td>
                    <td>${row.member.memberId}</td>
                    <td>${beMonth(row.member.paidThrough)}</td>
                    <td>
                      <input
                        aria-label="${t('months')} ${row.member.memberId}"
                        inputmode="numeric"
                        .value=${row.months}
                        @input=${(e: Event) => (row.months = (e.target as HTMLInputElement).value)}
                      />
                    </td>
                    <td>
                      <input
                        data-column="amount"
                        aria-label="${t('amount')} ${row.member.memberId}"
                        inputmode="decimal"
                        .value=${row.amount}
                        @input=${(e: Event) => (row.amount = (e.target as HTMLInputElement).value)}
                        @keydown=${nextRowOnEnter}
                      />
                    </td>
                    <td>
                      <input
                        aria-label="${t('receiptRef')} ${row.member.memberId}"
                        .value=${row.receiptRef}
                        @input=${(e: Event) => (row.receiptRef = (e.target as HTMLInputElement).value)}
                      />
                    </td>
                    <td aria-live="polite">
                      ${
                        row.outcome === 'recorded'
                          ? html`<span class="done">✓ ${t('recorded')}</span>`
                          : row.outcome
                            ? html`<span class="field-error" role="alert">${row.outcome.text}</span>`
                            : ''
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <p>
          <button id="record-all" ?disabled=${busy} @click=${() => recordAll(params.fundId, redraw)}>${t('recordAll')}</button>
          <span aria-live="polite" data-testid="recorded-count">${recorded} / ${rows.filter((row) => row.include).length}</span>
          · ${Money.sum(rows.filter((row) => row.outcome === 'recorded').map((row) => Money.parse(row.amount.replace(/,/g, '')))).format()}
        </p>`;
    },
  };
};
