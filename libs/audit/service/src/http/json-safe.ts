/** Bigints (revisions, positions) as decimal strings, as everywhere else in Kongthun's JSON. */
export const jsonSafe = <T>(value: T): unknown =>
  JSON.parse(JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)));
