/**
 * C0 controls (NUL, ESC, tab…), DEL and C1: no field of a fund's books needs one. Line breaks (LF,
 * CR) are the exception: a case note, a closure reason and a witness's PEM key are several lines by
 * nature, and a line break cannot hide or truncate text the way NUL or ESC can.
 */
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The paths of every string (value or key) in a parsed body that holds a control character. Checked
 * before any schema or handler runs, so a refused body never reaches a store: PostgreSQL refuses a NUL
 * in text and JSON, and a half-done enrolment would have left its personal data behind.
 */
export const fieldsWithControlCharacters = (value: unknown, path = ''): string[] => {
  if (typeof value === 'string') return CONTROL.test(value) ? [path || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithControlCharacters(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    return CONTROL.test(key) ? [JSON.stringify(at)] : fieldsWithControlCharacters(item, at);
  });
};
