import { html } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { currentSession } from '../session';
import { baht, beDate, beMonth } from '../thai-format';
import { benefitName } from './benefit-names';
import { fundPath, MemberStatement } from './fund-api';

/** A member's statement, printable; an approved claim can be paid from here by the treasurer. */
export const memberStatementPage = (): Page => {
  let statement: MemberStatement | undefined;
  let refusal: Refusal | undefined;
  let reprintRefusal: { payoutId: string; refusal: Refusal } | undefined;
  let redrawPage = () => {};
  /** The statement names the payout; its receipt is addressed by the event that recorded it. */
  const reprint = async (fundId: string, payoutId: string) => {
    try {
      const record = await api<{ eventId: string }>('GET', `${fundPath(fundId)}/payouts/${encodeURIComponent(payoutId)}`);
      location.hash = `#/payments/${record.eventId}`;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      reprintRefusal = { payoutId, refusal: error };
      redrawPage();
    }
  };
  return {
    load: async ({ params }) => {
      try {
        statement = await api('GET', `${fundPath(params.fundId)}/members/${encodeURIComponent(params.memberId)}/statement`);
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params, redraw }) => {
      redrawPage = redraw;
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      if (!statement) return html`<p>${t('loading')}</p>`;
      const role = currentSession()?.user.role;
      const treasurer = role === 'treasurer';
      const reprints = treasurer || role === 'committee';
      return html`<h2>${t('statement')} ${statement.memberId}</h2>
        <p>
          ${t('status')}: ${statement.status} · ${t('paidThrough')}: ${beMonth(statement.paidThrough)} · ${t('arrears')}:
          ${statement.arrears.months} (${baht(statement.arrears.amount)})
        </p>
        <p class="no-print"><button class="secondary" @click=${() => window.print()}>${t('print')}</button></p>
        <h3>${t('claims')}</h3>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>${t('claimId')}</th>
                <th>${t('benefit')}</th>
                <th>${t('eventDate')}</th>
                <th class="amount">${t('amount')}</th>
                <th>${t('status')}</th>
              </tr>
            </thead>
            <tbody>
              ${statement.claims.map(
                (claim) =>
                  html`<tr data-claim=${claim.claimId}>
                    <td>${claim.claimId}</td>
                    <td>${benefitName(claim.benefit)}</td>
                    <td>${beDate(claim.eventDate)}</td>
                    <td class="amount">${baht(claim.amount)}</td>
                    <td data-testid="claim-status">
                      ${claim.status}
                      ${
                        claim.status === 'approved' && treasurer
                          ? html`<a
                              class="no-print"
                              href="#/fund/${params.fundId}/claims/${claim.claimId}/payout?member=${statement!.memberId}"
                              >${t('pay')}</a
                            >`
                          : ''
                      }
                      ${
                        claim.status === 'paid' && claim.payout && !claim.payout.reversed && reprints
                          ? html`<button
                              class="secondary no-print"
                              data-testid="reprint-receipt"
                              @click=${() => reprint(params.fundId, claim.payout!.payoutId)}
                            >
                              ${t('reprintReceipt')}
                            </button>`
                          : ''
                      }
                      ${reprintRefusal?.payoutId === claim.payout?.payoutId && reprintRefusal ? html`<p class="field-error" role="alert">${reprintRefusal.refusal.text}</p>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
    },
  };
};
