import { html, TemplateResult } from 'lit';
import type { Verdict } from '@kongthun/audit-evidence';
import { language } from '../i18n/i18n';

/** The verifier's verdict in the page's language, with each failed check named. */
export const verdictView = (verdict: Verdict): TemplateResult => {
  const thai = language() === 'th';
  return html`<div
      class="verdict ${verdict.valid ? 'valid' : 'invalid'}"
      role="status"
      data-testid="verdict"
      data-valid=${String(verdict.valid)}
    >
      ${thai ? verdict.th : verdict.en}
    </div>
    ${
      verdict.failures.length
        ? html`<ul>
            ${verdict.failures.map((failure) => html`<li>${thai ? failure.th : failure.en}</li>`)}
          </ul>`
        : ''
    }
    <p>${verdict.checks.length} ${thai ? 'รายการตรวจ' : 'checks'}</p>`;
};
