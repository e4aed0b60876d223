import { html } from 'lit';
import { beDate } from './thai-format';

/**
 * A day picked with the browser's own calendar (keyboard and phone friendly), with the Buddhist-Era
 * day written under it: the native picker shows the Common Era, which a treasurer does not write.
 */
export const dateField = (id: string, value: string, onChange: (value: string) => void) =>
  html`<input
      id=${id}
      name=${id}
      type="date"
      .value=${value}
      aria-describedby="${id}-be ${id}-error"
      @input=${(e: Event) => onChange((e.target as HTMLInputElement).value)}
    />
    <p class="date-hint" id="${id}-be">${beDate(value)}</p>`;
