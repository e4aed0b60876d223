/**
 * The browser globals the page's modules touch, for unit specs under Node (the repo has no DOM
 * library): both storages, the location hash, and just enough of `document` for a download link.
 * Import it before the module under test: i18n reads localStorage when it loads.
 */
const memoryStorage = (): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'clear'> => {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
};

/** The file names the page asked the browser to save, in order. */
export const savedDownloads: string[] = [];

Object.assign(globalThis, {
  sessionStorage: memoryStorage(),
  localStorage: memoryStorage(),
  location: { hash: '' },
  document: {
    documentElement: {},
    body: { append: () => undefined },
    createElement: () => ({
      href: '',
      download: '',
      click(this: { download: string }) {
        savedDownloads.push(this.download);
      },
      remove: () => undefined,
    }),
  },
});
