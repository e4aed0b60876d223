import { buildWebApp } from './web-app-bundle';

// The browser journeys take minutes to reach a page; a library that starts importing a Node-only
// module breaks the bundle, and this says so in seconds, naming the import.
describe('the web application bundle', () => {
  it('builds from apps/web with the Node stand-ins, with its script, styles, page and the Thai font', async () => {
    const assets = await buildWebApp();

    expect([...assets.keys()]).toEqual(expect.arrayContaining(['/assets/app.js', '/assets/styles.css', '/index.html']));
    expect([...assets.keys()].some((path) => path.startsWith('/assets/fonts/') && path.endsWith('.woff2'))).toBe(true);
    const script = new TextDecoder().decode(assets.get('/assets/app.js')?.contents);
    expect(script).not.toMatch(/from\s*["']node:/);
  }, 60_000);
});
