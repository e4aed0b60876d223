import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import QRCode from 'qrcode';
import type { Verdict } from '@kongthun/audit-evidence';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { baht, bahtWords, beDate } from '../thai-format';
import { verdictView } from '../verify/verdict-view';
import { verifyInBrowser } from '../verify/verify-in-browser';
import { benefitName } from './benefit-names';

interface PaymentBundle {
  events: { event: { id: string; type: string; streamId: string; recordedAt: string; data: Record<string, unknown> } }[];
}

/** Who approved the claim, as the payout event names them (user ids; the committee's own names stay private). */
const approversOf = (data: Record<string, unknown>): string[] =>
  Array.isArray(data.approvers) ? data.approvers.map((approver) => String((approver as { userId?: unknown }).userId ?? '')) : [];

/**
 * A payout receipt that proves itself: the payment's facts read from its evidence bundle, the
 * bundle verified in this browser (approved, paid, in the signed ledger), and a QR code of this
 * page's own address. The treasurer prints it; the person paid scans it on a phone, no login.
 */
export const paymentReceiptPage = (): Page => {
  let bundle: PaymentBundle | undefined;
  let verdict: Verdict | undefined;
  let qr = '';
  let refusal: Refusal | undefined;
  return {
    load: async ({ params }) => {
      try {
        bundle = await api<PaymentBundle>('GET', `/api/audit/payments/${encodeURIComponent(params.eventId)}/evidence`);
        const key = await api<{ publicKeyPem: string }>('GET', '/api/audit/signing-key');
        verdict = await verifyInBrowser(bundle, [key.publicKeyPem]);
        qr = await QRCode.toString(location.href, { type: 'svg', margin: 1, width: 160 });
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params }) => {
      if (refusal)
        return html`<h2>${t('receipt')}</h2>
          <p class="refusal" role="alert">${refusal.text}</p>
          <p>${t('receiptNotYet')}</p>
          <button class="secondary no-print" @click=${() => location.reload()}>↻</button>`;
      if (!bundle || !verdict) return html`<p>${t('loading')}</p>`;
      const payout = bundle.events.find((entry) => entry.event.id === params.eventId)?.event;
      const data = payout?.data ?? {};
      const amount = String(data.amount ?? '');
      return html`<h2>${t('receipt')}</h2>
        <table>
          <tbody>
            <tr>
              <th scope="row">${t('claimId')}</th>
              <td>${String(data.claimId ?? '')}</td>
            </tr>
            <tr>
              <th scope="row">${t('memberId')}</th>
              <td>${String(data.memberId ?? '')}</td>
            </tr>
            <tr>
              <th scope="row">${t('benefit')}</th>
              <td>${benefitName(String(data.benefit ?? ''))}</td>
            </tr>
            <tr>
              <th scope="row">${t('amount')}</th>
              <td data-testid="receipt-amount">${baht(amount)} (${bahtWords(amount)})</td>
            </tr>
            <tr>
              <th scope="row">${t('paidOn')}</th>
              <td>${beDate(String(data.paidOn ?? ''))}</td>
            </tr>
            <tr>
              <th scope="row">${t('approvedBy')}</th>
              <td data-testid="receipt-approvers">${approversOf(data).join(', ')}</td>
            </tr>
            <tr>
              <th scope="row">${t('reference')}</th>
              <td>${String(data.payoutId ?? '')}</td>
            </tr>
          </tbody>
        </table>
        ${verdictView(verdict)}
        <figure>
          <div data-testid="receipt-qr" aria-label=${t('receiptQr')}>${unsafeSVG(qr)}</div>
          <figcaption>${t('receiptQr')}</figcaption>
        </figure>
        <p class="no-print"><button class="secondary" @click=${() => window.print()}>${t('print')}</button></p>`;
    },
  };
};
