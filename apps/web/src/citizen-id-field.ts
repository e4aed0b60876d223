import { html } from 'lit';
import { checkCitizenId } from './citizen-id-check';
import { language, t } from './i18n/i18n';

/**
 * A citizen-ID input whose verdict is written under it as it is typed (a live region, so a screen
 * reader hears it too); a refusal the service sent for this field stands in the same place.
 */
export const citizenIdField = (id: string, value: string, onInput: (value: string) => void, serverMessage?: string) => {
  const check = checkCitizenId(value);
  const thai = language() === 'th';
  const verdict =
    check.state === 'refused'
      ? html`<span class="field-error" data-state="refused" data-code=${check.code}>✗ ${thai ? check.messageTh : check.message}</span>`
      : check.state === 'valid'
        ? html`<span class="done" data-state="valid">✓ ${t('citizenIdValid')} ${check.grouped}</span>`
        : check.state === 'typing'
          ? html`<span data-state="typing">${t('citizenIdTyped')} ${check.digits}/13</span>`
          : html`<span data-state="empty">${t('citizenIdHint')}</span>`;
  return html`<input
      id=${id}
      name=${id}
      inputmode="numeric"
      autocomplete="off"
      maxlength="20"
      .value=${value}
      aria-invalid=${check.state === 'refused' || serverMessage ? 'true' : 'false'}
      aria-describedby="${id}-check ${id}-error"
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    <p class="citizen-check" id="${id}-check" data-testid="${id}-check" aria-live="polite">${verdict}</p>
    ${serverMessage ? html`<p class="field-error" id="${id}-error" role="alert">${serverMessage}</p>` : ''}`;
};
