import { html, render } from 'lit';
import { language, setLanguage, t } from './i18n/i18n';
import { match, ROUTES } from './routes';
import { Page, PageContext } from './page';
import { currentSession, endSession, SessionUser } from './session';
import { homeOf } from './home';

const outlet = document.getElementById('app') as HTMLElement;
let page: Page | undefined;
let context: PageContext | undefined;

const navigation = (user: SessionUser, current: string) => {
  const fund = user.scope.funds?.[0];
  const links = ROUTES.filter((route) => route.nav && (route.roles === 'anyone' || route.roles.includes(user.role)))
    .filter((route) => !route.pattern.includes(':fundId') || fund)
    .map((route) => ({ href: route.pattern.replace(':fundId', encodeURIComponent(fund ?? '')), label: t(route.nav!) }));
  return html`<nav class="app-nav" aria-label="เมนู">
    ${links.map((link) => html`<a href="#${link.href}" aria-current=${link.href === current ? 'page' : 'false'}>${link.label}</a>`)}
  </nav>`;
};

const draw = (): void => {
  const session = currentSession();
  const path = location.hash.slice(1) || '/';
  render(
    html`<header class="app-bar">
        <h1>${t('appName')}</h1>
        ${session ? navigation(session.user, path.split('?')[0]) : ''}
        <span class="spacer"></span>
        <button class="secondary" @click=${() => (setLanguage(language() === 'th' ? 'en' : 'th'), draw())}>${t('language')}</button>
        ${
          session
            ? html`<span>${session.user.displayName ?? session.user.userId}</span>
                <button class="secondary" @click=${() => (endSession(), (location.hash = '#/login'))}>${t('logout')}</button>`
            : ''
        }
      </header>
      <main id="main" tabindex="-1">${page && context ? page.view(context) : html`<p>${t('loading')}</p>`}</main>`,
    outlet,
  );
};

const open = async (): Promise<void> => {
  const session = currentSession();
  const path = location.hash.slice(1) || '/';
  const found = match(path);
  if (!session && found?.route.roles !== 'anyone') return void (location.hash = '#/login');
  if (!found) return void (location.hash = `#${session ? homeOf(session.user) : '/login'}`);
  if (found.route.roles !== 'anyone' && !(session && found.route.roles.includes(session.user.role))) {
    page = { view: () => html`<p class="refusal" role="alert">${t('notAllowed')}</p>` };
  } else {
    page = found.route.page();
  }
  context = { params: { ...found.params, ...Object.fromEntries(new URLSearchParams(path.split('?')[1] ?? '')) }, redraw: draw };
  draw();
  await page.load?.(context);
  draw();
};

window.addEventListener('hashchange', () => void open());
void open();
