/** Characters XML 1.0 cannot carry at all (control characters, U+FFFE/U+FFFF): dropped, not escaped. */
const NEEDS_WORK = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ESCAPES = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for XML content or a double-quoted attribute. Most cells need no escaping, hence the test first. */
export const xmlText = (text: string): string =>
  NEEDS_WORK.test(text) || text.includes('"') ? text.replace(ESCAPES, (ch) => ENTITIES[ch] ?? '') : text;
