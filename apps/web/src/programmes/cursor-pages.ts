import { html, TemplateResult } from 'lit';
import { t } from '../i18n/i18n';
import { Refusal } from '../refusal';
import { refusalOf } from './refusal-beside';

/**
 * A list read a page at a time with the service's cursor: the page shown, its refusal, and the
 * first-page and next-page buttons. The cursors seen are kept so "first page" starts again.
 */
export const cursorPages = <T>(fetch: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>) => {
  let cursors: (string | null)[] = [null];
  let nextCursor: string | null = null;
  const state = { items: [] as T[], refusal: undefined as Refusal | undefined, loaded: false };
  const load = async () => {
    state.refusal = await refusalOf(async () => {
      const page = await fetch(cursors[cursors.length - 1]);
      state.items = page.items;
      nextCursor = page.nextCursor;
    });
    state.loaded = true;
  };
  const buttons = (redraw: () => void, name: string): TemplateResult =>
    html`<p class="actions">
      ${
        cursors.length > 1
          ? html`<button class="secondary" data-testid="${name}-first" @click=${async () => ((cursors = [null]), await load(), redraw())}>
              ${t('firstPage')}
            </button>`
          : ''
      }
      ${
        nextCursor
          ? html`<button
              class="secondary"
              data-testid="${name}-next"
              @click=${async () => {
                cursors = [...cursors, nextCursor];
                await load();
                redraw();
              }}
            >
              ${t('nextPage')}
            </button>`
          : ''
      }
    </p>`;
  return { state, load, buttons };
};
