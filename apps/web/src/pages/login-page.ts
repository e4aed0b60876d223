import { html } from 'lit';
import { loginRequest } from '../api';
import { goHome } from '../home';
import { t } from '../i18n/i18n';
import { Page } from '../page';
import { Refusal } from '../refusal';

export const loginPage = (): Page => {
  let refusal: Refusal | undefined;
  return {
    view: ({ redraw }) =>
      html`<h2>${t('loginTitle')}</h2>
        <form
          @submit=${async (event: SubmitEvent) => {
            event.preventDefault();
            const form = new FormData(event.target as HTMLFormElement);
            try {
              await loginRequest(String(form.get('username')), String(form.get('password')));
              refusal = undefined;
              goHome();
            } catch (error) {
              refusal = error instanceof Refusal ? error : new Refusal(0, 'network', String(error), 'ติดต่อเซิร์ฟเวอร์ไม่ได้');
              redraw();
            }
          }}
        >
          <label for="username">${t('username')}</label>
          <input id="username" name="username" autocomplete="username" required />
          <label for="password">${t('password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          ${refusal ? html`<p class="refusal" role="alert">${refusal.text}</p>` : ''}
          <p><button type="submit">${t('login')}</button></p>
        </form>`,
  };
};
