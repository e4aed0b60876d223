/**
 * A PostgreSQL array literal (`{"a","b"}`) to bind as one text parameter and cast (`$1::text[]`).
 * Both drivers accept a JS array too, but PGlite serializes those in JavaScript at several times
 * the cost of the whole query; a literal is parsed by the server. Inside double quotes only `"`
 * and `\` need a backslash, so any string survives.
 */
export const arrayLiteral = (values: readonly (string | number)[]): string =>
  `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
