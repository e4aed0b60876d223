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

/** A route's generator of bodies: mutations of its seed. */
const requestsOf = (route: string): fc.Arbitrary<Mutated> => {
  const seed = ROUTE_SEEDS[route];
  return seed.csv === undefined ? mutatedJson(seed.body ?? {}, seed.fresh) : mutatedCsv(seed.csv);
};

/** The seed body of a route as its generator gives it (fresh ids made fresh), the same for the same `seed`. */
export const seedRequest = (route: string, seed: number): Mutated =>
  fc.sample(requestsOf(route), { seed, numRuns: 50 }).filter((mutated) => mutated.kind === 'seed')[0];

/** Any route that changes something, with a mutation of its seed body, sent mostly by whom the seed names. */
export const generatedCalls = (actors: readonly string[]): fc.Arbitrary<GeneratedCall> =>
  fc.oneof(
    ...Object.entries(ROUTE_SEEDS).map(([route, seed]) =>
      fc.record({
        route: fc.constant(route),
        request: requestsOf(route),
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
