import { en } from './en';
import { MessageKey, th } from './th';

export type Language = 'th' | 'en';

const STORAGE_KEY = 'kongthun.language';
let current: Language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
document.documentElement.lang = current;

export const language = (): Language => current;

export const setLanguage = (next: Language): void => {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
};

/** A word of the page in the chosen language (Thai first). */
export const t = (key: MessageKey): string => (current === 'th' ? th[key] : en[key]);
