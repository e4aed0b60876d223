import fc from 'fast-check';
import request from 'supertest';
import { Mutated, mutatedCsv, mutatedJson } from './body-mutations';
import { ROUTE_SEEDS } from './route-bodies';

/** One generated command: a route, a body derived from its seed, and who sends it. */
export interface GeneratedCall {
  route: string;
  request: Mutated;
  as: string;
}

/** Any route that changes something, with a mutation of its seed body, sent mostly by whom the seed names. */
export const generatedCalls = (actors: readonly string[]): fc.Arbitrary<GeneratedCall> =>
  fc.oneof(
    ...Object.entries(ROUTE_SEEDS).map(([route, seed]) =>
      fc.record({
        route: fc.constant(route),
        request: seed.csv === undefined ? mutatedJson(seed.body ?? {}, seed.fresh) : mutatedCsv(seed.csv),
        as: fc.oneof(
          { weight: 3, arbitrary: fc.constant(seed.as) },
          { weight: 2, arbitrary: fc.constant('admin') },
          { weight: 1, arbitrary: fc.constantFrom(...actors) },
        ),
      }),
    ),
  );

const concrete = (path: string, params: Record<string, string> = {}) =>
  path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));

/** The request as a client would send it: JSON text as generated (own `__proto__` keys and all), or CSV text. */
export const send = (server: Parameters<typeof request>[0], route: string, token: string, mutated: Mutated) => {
  const [method, path] = route.split(' ');
  const seed = ROUTE_SEEDS[route];
  const call = request(server)
    [method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](concrete(path, seed.params))
    .set('authorization', token);
  return seed.csv !== undefined
    ? call.set('content-type', 'text/csv').send(String(mutated.body))
    : call.set('content-type', 'application/json').send(JSON.stringify(mutated.body) ?? 'null');
};
