import { html } from 'lit';
import type { Verdict } from '@kongthun/audit-evidence';
import { api } from '../api';
import { t } from '../i18n/i18n';
import { verdictView } from './verdict-view';
import { verifyInBrowser } from './verify-in-browser';

/**
 * Verification of an evidence bundle in the page: the bundle fetched from the service or a file
 * the auditor saved, against the log key the auditor pins (prefilled from the service; an auditor
 * compares it with the key their office published).
 */
export const bundleVerification = (bundlePath: string) => {
  let pinnedKey = '';
  let verdict: Verdict | undefined;
  let busy = false;
  const run = async (bundle: unknown, redraw: () => void) => {
    busy = true;
    redraw();
    verdict = await verifyInBrowser(bundle, pinnedKey.trim() ? [pinnedKey.trim()] : []);
    busy = false;
    redraw();
  };
  return {
    load: async () => {
      const key = await api<{ publicKeyPem: string }>('GET', '/api/audit/signing-key');
      pinnedKey = key.publicKeyPem;
    },
    view: (redraw: () => void) =>
      html`<h3>${t('verifyInBrowser')}</h3>
        <label for="pinned-key">${t('pinnedKey')}</label>
        <textarea
          id="pinned-key"
          rows="4"
          .value=${pinnedKey}
          @input=${(e: Event) => (pinnedKey = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p>
          <button ?disabled=${busy} @click=${async () => run(await api('GET', bundlePath), redraw)}>${t('verifyInBrowser')}</button>
        </p>
        <label for="bundle-file">${t('verifyFile')}</label>
        <input
          id="bundle-file"
          type="file"
          accept="application/json,.json"
          @change=${async (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (!file) return;
            let bundle: unknown;
            try {
              bundle = JSON.parse(await file.text());
            } catch {
              bundle = null; // not JSON: the verifier says it is no bundle
            }
            await run(bundle, redraw);
          }}
        />
        ${verdict ? verdictView(verdict) : ''}`,
  };
};
