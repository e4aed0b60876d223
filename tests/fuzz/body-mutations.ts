import fc from 'fast-check';

/** How a generated request differs from its route's valid seed. */
export type MutationKind =
  | 'seed'
  | 'unknown-field'
  | 'wrong-type'
  | 'control-character'
  | 'huge-money'
  | 'implausible-date'
  | 'missing-field'
  | 'oversized'
  | 'any-json';

export interface Mutated {
  kind: MutationKind;
  /** A JSON value, or CSV text for an upload. */
  body: unknown;
}

type Path = (string | number)[];
type Json = unknown;

/** The paths of every value in a body, nested ones included (containers too: a wrong type may replace a whole list). */
const pathsOf = (value: Json, prefix: Path = []): Path[] => {
  if (Array.isArray(value)) return [...(prefix.length ? [prefix] : []), ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return prefix.length ? [prefix] : [];
};
const at = (value: Json, path: Path): Json => path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], value);
/** A copy with the value at `path` replaced (or removed, with `remove`). Keys like `__proto__` become own fields, as JSON has them. */
const withValue = (value: Json, path: Path, replacement: Json, remove = false): Json => {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
    return copy;
  }
  Object.defineProperty(copy, key, {
    value: rest.length === 0 ? replacement : withValue(copy[key], rest, replacement, remove),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
};

const MONEY = /^-?[\d,]+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** C0 controls other than line breaks, DEL and C1 controls: what `request.control-character` refuses. */
export const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const controlCharacter = fc.oneof(
  fc.constantFrom('\u0000', '\t', '\u001b', '\u007f', '\u0085', '\u009f'),
  fc
    .integer({ min: 0, max: 0x9f })
    .filter((code) => CONTROL.test(String.fromCharCode(code)))
    .map((code) => String.fromCharCode(code)),
);
const bahtOf = (satang: bigint) => `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
/** Above the 1,000,000,000.00 baht a money field may hold. */
export const hugeMoney = fc.oneof(
  fc.constantFrom('1,000,000,000.01', '100,000,000,000,000,000,000.00', '9999999999999.99', '1000000000.01'),
  fc.bigInt({ min: 100_000_000_001n, max: 10n ** 24n }).map(bahtOf),
);
const implausibleDate = fc.oneof(
  fc.constantFrom('1900-01-01', '2020-06-01', '2999-12-31', '2024-02-30', '2567-01-01', '0000-00-00', '2024-13-01', 'yesterday'),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const anyJsonOtherThan = (value: Json) =>
  fc
    .oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.object({ maxDepth: 1 }),
    )
    .filter((other) => typeOf(other) !== typeOf(value));
/** Over the 100 KB a JSON body may have. */
const oversized = fc.integer({ min: 101, max: 300 }).map((kb) => 'ก'.repeat(Math.ceil((kb * 1024) / 3)));

/** A value at a path chosen among those `keep` accepts, or nothing when none does. */
const choosePath = (paths: Path[]) => fc.nat().map((n) => paths[n % paths.length]);

/** Mutations of a JSON seed; `fresh` fields get a new id each time, so an unmutated seed is not merely a repeat. */
export const mutatedJson = (seed: Record<string, Json>, fresh: readonly string[] = []): fc.Arbitrary<Mutated> => {
  const freshened = fc
    .tuple(...fresh.map(() => fc.stringMatching(/^fz-[a-z0-9]{8}$/)))
    .map((ids) => ids.reduce<Record<string, Json>>((body, id, i) => ({ ...body, [fresh[i]]: id }), { ...seed }));
  const paths = pathsOf(seed);
  const strings = paths.filter((path) => typeof at(seed, path) === 'string');
  const money = strings.filter((path) => MONEY.test(at(seed, path) as string));
  const dates = strings.filter((path) => DATE.test(at(seed, path) as string));
  const leaves = paths.filter((path) => typeof at(seed, path) !== 'object' || at(seed, path) === null);
  const objects: Path[] = [[], ...paths.filter((path) => typeOf(at(seed, path)) === 'object')];
  const mutation = (kind: MutationKind, body: fc.Arbitrary<Json>) => ({ arbitrary: body.map((b) => ({ kind, body: b })) });
  const on = <T>(list: T[], weight: number) => (list.length > 0 ? weight : 0);
  const options = [
    { weight: 3, ...mutation('seed', freshened) },
    {
      weight: 2,
      ...mutation(
        'unknown-field',
        fc
          .tuple(
            freshened,
            choosePath(objects),
            fc.oneof(fc.constantFrom('amountWords', 'extra', '__proto__', 'constructor'), fc.string({ minLength: 1, maxLength: 8 })),
            fc.jsonValue({ maxDepth: 2 }),
          )
          .filter(([body, path, key]) => typeof at(body, path) === 'object' && !Object.prototype.hasOwnProperty.call(at(body, path), key))
          .map(([body, path, key, value]) => withValue(body, [...path, key], value)),
      ),
    },
    {
      weight: on(paths, 2),
      ...mutation(
        'wrong-type',
        fc
          .tuple(freshened, choosePath(paths.length ? paths : [[]]))
          .chain(([body, path]) => anyJsonOtherThan(at(body, path)).map((v) => withValue(body, path, v))),
      ),
    },
    {
      weight: on(strings, 2),
      ...mutation(
        'control-character',
        fc.tuple(freshened, choosePath(strings.length ? strings : [[]]), controlCharacter, fc.nat()).map(([body, path, control, n]) => {
          const text = at(body, path) as string;
          const i = n % (text.length + 1);
          return withValue(body, path, `${text.slice(0, i)}${control}${text.slice(i)}`);
        }),
      ),
    },
    {
      weight: on(money, 2),
      ...mutation(
        'huge-money',
        fc.tuple(freshened, choosePath(money.length ? money : [[]]), hugeMoney).map(([b, p, v]) => withValue(b, p, v)),
      ),
    },
    {
      weight: on(dates, 2),
      ...mutation(
        'implausible-date',
        fc.tuple(freshened, choosePath(dates.length ? dates : [[]]), implausibleDate).map(([b, p, v]) => withValue(b, p, v)),
      ),
    },
    {
      weight: on(leaves, 1),
      ...mutation(
        'missing-field',
        fc.tuple(freshened, choosePath(leaves.length ? leaves : [[]])).map(([b, p]) => withValue(b, p, undefined, true)),
      ),
    },
    {
      weight: 1,
      ...mutation(
        'oversized',
        fc.tuple(freshened, oversized).map(([b, big]) => ({ ...b, padding: big })),
      ),
    },
    { weight: 1, ...mutation('any-json', fc.jsonValue({ maxDepth: 3 })) },
  ];
  return fc.oneof(...options.filter((option) => option.weight > 0));
};

/** Malformed uploads made of a valid CSV: control characters, cut short, a column more or less, a stray line, binary, too large. */
export const mutatedCsv = (seed: string): fc.Arbitrary<Mutated> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<Mutated>({ kind: 'seed', body: seed }) },
    {
      weight: 2,
      arbitrary: fc.tuple(controlCharacter, fc.nat()).map(([control, n]): Mutated => {
        const i = n % (seed.length + 1);
        return { kind: 'control-character', body: `${seed.slice(0, i)}${control}${seed.slice(i)}` };
      }),
    },
    { weight: 1, arbitrary: fc.nat().map((n): Mutated => ({ kind: 'missing-field', body: seed.slice(0, n % seed.length) })) },
    { weight: 1, arbitrary: fc.constant<Mutated>({ kind: 'unknown-field', body: seed.replace(/\n/g, ',extra\n') }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((line): Mutated => ({ kind: 'wrong-type', body: `${seed}${line}\n` })) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((body): Mutated => ({ kind: 'any-json', body })) },
    { weight: 1, arbitrary: oversized.map((big): Mutated => ({ kind: 'oversized', body: `${seed}${big}\n` })) },
  );
