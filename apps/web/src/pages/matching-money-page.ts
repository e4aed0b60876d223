import { html, TemplateResult } from 'lit';
import { recordMoney } from '../api';
import { dateField } from '../date-field';
import { idempotencyKeys } from '../idempotency-key';
import { t } from '../i18n/i18n';
import { MessageKey } from '../i18n/th';
import { Page } from '../page';
import { Refusal } from '../refusal';
import { baht, bahtWords, todayInBangkok } from '../thai-format';
import { fiscalYearOf } from '../programmes/fiscal-year';
import { fundPath } from './fund-api';

const FIELDS = ['matchingId', 'source', 'sourceName', 'fiscalYear', 'amount', 'amountWords', 'receivedOn', 'documentRef'] as const;
type Field = (typeof FIELDS)[number];

const SOURCES: [string, MessageKey][] = [
  ['local-government', 'sourceLocalGovernment'],
  ['codi', 'sourceCodi'],
  ['other', 'sourceOther'],
];

/** Where a refusal of matching money belongs: the path the body check named, else what its code is about. */
const fieldOf = (refusal: Refusal): Field | undefined => {
  const issues = refusal.details.issues;
  const path = Array.isArray(issues) ? String((issues[0] as { path?: unknown })?.path ?? '') : refusal.field;
  if (path && (FIELDS as readonly string[]).includes(path)) return path as Field;
  const byCode: [RegExp, Field][] = [
    [/words/, 'amountWords'],
    [/duplicate/, 'matchingId'],
    [/fiscal-year/, 'fiscalYear'],
    [/document/, 'documentRef'],
    [/source/, 'source'],
    [/amount|money\./, 'amount'],
    [/date|founding|future/, 'receivedOn'],
  ];
  return byCode.find(([pattern]) => pattern.test(refusal.code))?.[1];
};

/** Matching money (เงินสมทบ) from local government, CODI or another giver, as its letter states it. */
export const matchingMoneyPage = (): Page => {
  const today = todayInBangkok();
  const values: Record<Field, string> = {
    matchingId: `mt-${Date.now().toString(36)}`,
    source: 'local-government',
    sourceName: '',
    fiscalYear: String(fiscalYearOf(today)),
    amount: '',
    amountWords: '',
    receivedOn: today,
    documentRef: '',
  };
  const keyFor = idempotencyKeys();
  let refusal: Refusal | undefined;
  let recorded = false;

  const field = (name: Field, label: MessageKey, input: TemplateResult): TemplateResult => {
    const here = refusal && fieldOf(refusal) === name;
    return html`<label for=${name}>${t(label)}</label>${input}
      ${here ? html`<p class="field-error" id="${name}-error" role="alert">${refusal!.text}</p>` : ''}`;
  };
  const text = (name: Field, redraw: () => void, inputmode = 'text') =>
    html`<input
      id=${name}
      name=${name}
      inputmode=${inputmode}
      .value=${values[name]}
      aria-describedby="${name}-error"
      @input=${(e: Event) => ((values[name] = (e.target as HTMLInputElement).value), redraw())}
    />`;

  const submit = async (fundId: string, redraw: () => void) => {
    try {
      const body = {
        matchingId: values.matchingId,
        source: values.source,
        sourceName: values.sourceName,
        fiscalYear: Number(values.fiscalYear),
        amount: values.amount,
        receivedOn: values.receivedOn,
        documentRef: values.documentRef,
        amountWords: values.amountWords.trim() || null,
      };
      await recordMoney(`${fundPath(fundId)}/matching-funds`, body, keyFor(body));
      recorded = true;
      refusal = undefined;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      refusal = error;
    }
    redraw();
  };

  return {
    view: ({ params, redraw }) => {
      if (recorded)
        return html`<h2>${t('matchingMoney')}</h2>
          <p class="done" role="status">
            ✓ ${t('matchingRecorded')}: ${values.matchingId} · ${baht(values.amount.replace(/,/g, ''))} (${bahtWords(values.amount)})
          </p>
          <p><a href="#/fund/${params.fundId}">${t('dashboard')}</a></p>`;
      const words = bahtWords(values.amount);
      const unplaced = refusal && !fieldOf(refusal);
      return html`<h2>${t('matchingMoney')}</h2>
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            void submit(params.fundId, redraw);
          }}
        >
          ${field(
            'source',
            'matchingSource',
            html`<select id="source" @change=${(e: Event) => ((values.source = (e.target as HTMLSelectElement).value), redraw())}>
              ${SOURCES.map(([source, label]) => html`<option value=${source} ?selected=${source === values.source}>${t(label)}</option>`)}
            </select>`,
          )}
          ${field('sourceName', 'matchingSourceName', text('sourceName', redraw))}
          ${field('fiscalYear', 'fiscalYearBe', text('fiscalYear', redraw, 'numeric'))}
          ${field('amount', 'amountFigures', text('amount', redraw, 'decimal'))}
          ${words ? html`<p class="words">${t('wordsOf')} ${values.amount}: <span data-testid="words-hint">${words}</span></p>` : ''}
          ${field('amountWords', 'amountWordsAsLetter', text('amountWords', redraw))}
          ${field(
            'receivedOn',
            'receivedOn',
            dateField('receivedOn', values.receivedOn, (value) => ((values.receivedOn = value), redraw())),
          )}
          ${field('documentRef', 'documentRef', text('documentRef', redraw))}
          ${field('matchingId', 'matchingId', text('matchingId', redraw))}
          ${unplaced ? html`<p class="refusal" role="alert">${refusal!.text}</p>` : ''}
          <p><button type="submit">${t('record')}</button></p>
        </form>`;
    },
  };
};
