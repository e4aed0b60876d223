import { html, svg, TemplateResult } from 'lit';
import { Money } from '@kongthun/kernel';
import { baht } from '../thai-format';

export interface Bar {
  label: string;
  /** Baht as the API's decimal string. */
  amount: string;
}

// Lengths only: a float is fine for drawing, never for sums.
const satang = (decimal: string): number => Math.abs(Number(Money.parse(decimal).satang));

/**
 * Horizontal bars drawn as inline SVG (no chart library): each bar's length is its share of the
 * largest; label and amount are text beside it, so a screen reader reads what the eye sees and
 * the bars themselves are hidden from it.
 */
export const barChart = (title: string, bars: readonly Bar[]): TemplateResult => {
  const largest = Math.max(1, ...bars.map((bar) => satang(bar.amount)));
  return html`<figure class="bar-chart">
    <figcaption>${title}</figcaption>
    <ul>
      ${bars.map(
        (bar) =>
          html`<li>
            <span class="bar-label">${bar.label}</span>
            <span class="amount">${baht(bar.amount)}</span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              ${svg`<rect x="0" y="0" height="10" width=${Math.max(0.4, (satang(bar.amount) / largest) * 100)}></rect>`}
            </svg>
          </li>`,
      )}
    </ul>
  </figure>`;
};
