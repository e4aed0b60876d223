import { html } from 'lit';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { fiscalYearOf } from '../programmes/fiscal-year';
import { currentSession } from '../session';
import { todayInBangkok } from '../thai-format';

const LAST = 'kongthun.grants.last';

/** Remembers the budget last opened, so the officer's next visit starts there. */
export const rememberBudget = (programmeId: string, fiscalYear: string): void =>
  localStorage.setItem(LAST, JSON.stringify({ programmeId, fiscalYear }));

/**
 * Where a grants officer starts: the programme and fiscal year to open. The grants service names
 * no list of programmes, so the page offers the user's own programmes and the last one opened.
 */
export const grantsOpenPage = (): Page => {
  const last = JSON.parse(localStorage.getItem(LAST) ?? '{}') as { programmeId?: string; fiscalYear?: string };
  const values = {
    programmeId: currentSession()?.user.scope.programmes?.[0] ?? last.programmeId ?? '',
    fiscalYear: last.fiscalYear ?? String(fiscalYearOf(todayInBangkok())),
  };
  return {
    view: () =>
      html`<h2>${t('grantsOpenTitle')}</h2>
        <form
          class="inline-form"
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const form = new FormData(event.target as HTMLFormElement);
            const programmeId = String(form.get('programmeId')).trim();
            const fiscalYear = String(form.get('fiscalYear')).trim();
            rememberBudget(programmeId, fiscalYear);
            location.hash = `#/grants/${encodeURIComponent(programmeId)}/${encodeURIComponent(fiscalYear)}`;
          }}
        >
          <div>
            <label for="programmeId">${t('programmeId')}</label>
            <input id="programmeId" name="programmeId" required .value=${values.programmeId} autocomplete="off" />
          </div>
          <div>
            <label for="fiscalYear">${t('fiscalYearBe')}</label>
            <input
              id="fiscalYear"
              name="fiscalYear"
              required
              inputmode="numeric"
              pattern="25[0-9]{2}|2[6-7][0-9]{2}"
              .value=${values.fiscalYear}
            />
          </div>
          <div><button type="submit">${t('openBudget')}</button></div>
        </form>`,
  };
};
