import { html, TemplateResult } from 'lit';
import { recordMoney } from '../api';
import { dateField } from '../date-field';
import { fieldOfRefusal } from '../field-of-refusal';
import { idempotencyKeys } from '../idempotency-key';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { bahtWords, todayInBangkok } from '../thai-format';
import { benefitName, BENEFITS } from './benefit-names';
import { allMembers, fundPath, MemberRow } from './fund-api';

const FIELDS = ['claimId', 'memberId', 'benefit', 'eventDate', 'hospitalNights', 'evidenceRef', 'amountFigures', 'amountWords'] as const;
type Field = (typeof FIELDS)[number];

export const claimFormPage = (): Page => {
  let members: MemberRow[] = [];
  const values: Record<Field, string> = {
    claimId: `c-${Date.now().toString(36)}`,
    memberId: '',
    benefit: 'sickness',
    eventDate: todayInBangkok(),
    hospitalNights: '1',
    evidenceRef: '',
    amountFigures: '',
    amountWords: '',
  };
  const keyFor = idempotencyKeys();
  let refusal: Refusal | undefined;
  let submitted = false;

  const field = (name: Field, label: MessageKey, input: TemplateResult): TemplateResult => {
    const here = refusal && fieldOfRefusal(refusal, FIELDS) === name;
    return html`<label for=${name}>${t(label)}</label>${input}
      ${here ? html`<p class="field-error" id="${name}-error" role="alert">${refusal!.text}</p>` : ''}`;
  };
  const text = (name: Field, redraw: () => void, extra: Partial<{ inputmode: string; type: string }> = {}) =>
    html`<input
      id=${name}
      name=${name}
      type=${extra.type ?? 'text'}
      inputmode=${extra.inputmode ?? 'text'}
      .value=${values[name]}
      aria-describedby="${name}-error"
      @input=${(e: Event) => ((values[name] = (e.target as HTMLInputElement).value), redraw())}
    />`;

  return {
    load: async ({ params }) => {
      members = (await allMembers(params.fundId)).filter((member) => member.status === 'active');
      values.memberId = params.member ?? members[0]?.memberId ?? '';
    },
    view: ({ params, redraw }) => {
      if (submitted)
        return html`<h2>${t('newClaim')}</h2>
          <p class="done" role="status">✓ ${t('submitted')}: ${values.claimId}</p>
          <p><a href="#/fund/${params.fundId}/members/${values.memberId}">${t('statement')} ${values.memberId}</a></p>`;
      const words = bahtWords(values.amountFigures);
      const unplaced = refusal && !fieldOfRefusal(refusal, FIELDS);
      return html`<h2>${t('newClaim')}</h2>
        <form
          @submit=${async (event: SubmitEvent) => {
            event.preventDefault();
            try {
              const body = {
                claimId: values.claimId,
                memberId: values.memberId,
                benefit: values.benefit,
                eventDate: values.eventDate,
                hospitalNights: values.benefit === 'sickness' ? Number(values.hospitalNights) : null,
                evidenceRefs: [values.evidenceRef],
                amountFigures: values.amountFigures,
                amountWords: values.amountWords,
              };
              await recordMoney(`${fundPath(params.fundId)}/claims`, body, keyFor(body));
              submitted = true;
              refusal = undefined;
            } catch (error) {
              if (!(error instanceof Refusal)) throw error;
              refusal = error;
            }
            redraw();
          }}
        >
          ${field('claimId', 'claimId', text('claimId', redraw))}
          ${field(
            'memberId',
            'memberId',
            html`<select
              id="memberId"
              .value=${values.memberId}
              @change=${(e: Event) => (values.memberId = (e.target as HTMLSelectElement).value)}
            >
              ${members.map((member) => html`<option value=${member.memberId} ?selected=${member.memberId === values.memberId}>${member.memberId}</option>`)}
            </select>`,
          )}
          ${field(
            'benefit',
            'benefit',
            html`<select id="benefit" @change=${(e: Event) => ((values.benefit = (e.target as HTMLSelectElement).value), redraw())}>
              ${BENEFITS.map((benefit) => html`<option value=${benefit} ?selected=${benefit === values.benefit}>${benefitName(benefit)}</option>`)}
            </select>`,
          )}
          ${field(
            'eventDate',
            'eventDate',
            dateField('eventDate', values.eventDate, (value) => ((values.eventDate = value), redraw())),
          )}
          ${values.benefit === 'sickness' ? field('hospitalNights', 'hospitalNights', text('hospitalNights', redraw, { inputmode: 'numeric' })) : ''}
          ${field('evidenceRef', 'evidenceRef', text('evidenceRef', redraw))}
          ${field('amountFigures', 'amountFigures', text('amountFigures', redraw, { inputmode: 'decimal' }))}
          ${field('amountWords', 'amountWords', text('amountWords', redraw))}
          ${words ? html`<p class="words">${t('wordsOf')} ${values.amountFigures}: <span data-testid="words-hint">${words}</span></p>` : ''}
          ${unplaced ? html`<p class="refusal" role="alert">${refusal!.text}</p>` : ''}
          <p><button type="submit">${t('submit')}</button></p>
        </form>`;
    },
  };
};
