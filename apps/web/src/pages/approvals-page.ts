import { html } from 'lit';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { baht, bahtWords, beDate } from '../thai-format';
import { currentSession } from '../session';
import { benefitName } from './benefit-names';
import { AwaitingClaim, fundPath } from './fund-api';

/** The committee's queue: each claim with what the rules check shown, approve or reject. */
export const approvalsPage = (): Page => {
  let claims: AwaitingClaim[] = [];
  const outcomes = new Map<string, 'approved' | 'rejected' | Refusal>();
  const reasons = new Map<string, string>();
  let refusal: Refusal | undefined;

  const decide = async (fundId: string, claim: AwaitingClaim, decision: 'approvals' | 'rejection', redraw: () => void) => {
    try {
      await api(
        'POST',
        `${fundPath(fundId)}/claims/${encodeURIComponent(claim.claimId)}/${decision}`,
        decision === 'rejection' ? { reason: reasons.get(claim.claimId) ?? '' } : undefined,
      );
      outcomes.set(claim.claimId, decision === 'approvals' ? 'approved' : 'rejected');
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      outcomes.set(claim.claimId, error);
    }
    redraw();
  };

  return {
    load: async ({ params }) => {
      try {
        claims = await api('GET', `${fundPath(params.fundId)}/claims/awaiting-approval`);
      } catch (error) {
        if (error instanceof Refusal) refusal = error;
        else throw error;
      }
    },
    view: ({ params, redraw }) => {
      if (refusal) return html`<p class="refusal" role="alert">${refusal.text}</p>`;
      const me = currentSession()?.user.userId;
      if (claims.length === 0)
        return html`<h2>${t('approvals')}</h2>
          <p>${t('nothingWaiting')}</p>`;
      return html`<h2>${t('approvals')}</h2>
        ${claims.map((claim) => {
          const outcome = outcomes.get(claim.claimId);
          return html`<section class="card" data-claim=${claim.claimId} aria-labelledby="claim-${claim.claimId}">
            <h3 id="claim-${claim.claimId}">${claim.claimId} · ${benefitName(claim.benefit)}</h3>
            <p>
              ${t('memberId')}: <a href="#/fund/${params.fundId}/members/${claim.memberId}">${claim.memberId}</a> · ${t('eventDate')}:
              ${beDate(claim.eventDate)}
            </p>
            <p><strong>${baht(claim.amount)}</strong> (${bahtWords(claim.amount)})</p>
            <p>${t('approvedBy')}: ${claim.approverIds.length ? claim.approverIds.join(', ') : '–'}</p>
            ${
              outcome === 'approved' || outcome === 'rejected'
                ? html`<p class="done" role="status">✓ ${outcome === 'approved' ? t('approve') : t('reject')}</p>`
                : html`${
                      outcome
                        ? html`<div class="refusal" role="alert" data-code=${outcome.code}>
                            <p>${outcome.text}</p>
                            ${outcome.code === 'claim.conflict-of-interest' ? html`<p data-testid="conflict-explained">${t('conflictExplained')}</p>` : ''}
                          </div>`
                        : ''
                    }
                    <p>
                      <button
                        ?disabled=${claim.approverIds.includes(me ?? '')}
                        @click=${() => decide(params.fundId, claim, 'approvals', redraw)}
                      >
                        ${t('approve')}
                      </button>
                    </p>
                    <label for="reason-${claim.claimId}">${t('reason')}</label>
                    <input
                      id="reason-${claim.claimId}"
                      @input=${(e: Event) => reasons.set(claim.claimId, (e.target as HTMLInputElement).value)}
                    />
                    <p>
                      <button class="secondary" @click=${() => decide(params.fundId, claim, 'rejection', redraw)}>${t('reject')}</button>
                    </p>`
            }
          </section>`;
        })}`;
    },
  };
};
