import fc from 'fast-check';
import request from 'supertest';
import { LogCheckpoint, LogEntry, SqlEventStore } from '@kongthun/event-sourcing';
import { IDENTITY_SCHEMA } from '@kongthun/embedded';
import { statusOfCode } from '@kongthun/http';
import { discoverRoutes } from '@kongthun/identity-service';
import { CONTROL, Mutated, mutatedCsv, mutatedJson } from './body-mutations';
import { ROUTE_SEEDS } from './route-bodies';
import { startWholeHost } from './whole-host-fixture';

/** Fixed so that a failure replays exactly; FUZZ_SEED tries another, and the failure message prints the one used. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
/** Sized for CI: the whole property in well under a minute on a busy two-core machine. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const concrete = (path: string, params: Record<string, string> = {}) =>
  path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
const hasControlCharacter = (value: unknown): boolean => {
  if (typeof value === 'string') return CONTROL.test(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => hasControlCharacter(key) || hasControlCharacter(item));
};

/**
 * Issue 11's property over the whole embedded host: whatever a client sends to any route that
 * changes something, the answer is a 4xx whose code is in the refusal table (with that status and a
 * Thai message) after which no log and no store holds anything new, or a 2xx whose effect is in the
 * log: every event it names was appended, and every event appended is one it names, one of the same command (its correlation id), one caused by
 * those, or (for an answer that is a file or a count) the caller's own. Never a 5xx.
 */
describe('every command of every service under generated bodies (embedded host, fast-check)', () => {
  let host: Awaited<ReturnType<typeof startWholeHost>>;
  let identityLog: SqlEventStore;
  let routes: string[];
  beforeAll(async () => {
    host = await startWholeHost();
    identityLog = await SqlEventStore.open(host.sql, { schema: IDENTITY_SCHEMA });
    routes = discoverRoutes(host.app)
      .filter((route) => CHANGING.has(route.method))
      .map((route) => `${route.method} ${route.path}`);
  }, 120_000);
  afterAll(() => host?.close());

  it('has a valid seed for every route that changes something, and none for a route that is gone', () => {
    expect({ withoutSeed: routes.filter((route) => !(route in ROUTE_SEEDS)) }).toEqual({ withoutSeed: [] });
    expect({ stale: Object.keys(ROUTE_SEEDS).filter((route) => !routes.includes(route)) }).toEqual({ stale: [] });
    expect(routes.length).toBeGreaterThan(70);
  });

  it(`answers ${RUNS} generated commands with a refusal from the table that wrote nothing, or a 2xx the log accounts for`, async () => {
    const call = fc.oneof(
      ...Object.entries(ROUTE_SEEDS).map(([route, seed]) =>
        fc.record({
          route: fc.constant(route),
          request: seed.csv === undefined ? mutatedJson(seed.body ?? {}, seed.fresh) : mutatedCsv(seed.csv),
          as: fc.oneof(
            { weight: 3, arbitrary: fc.constant(seed.as) },
            { weight: 2, arbitrary: fc.constant('admin') },
            { weight: 1, arbitrary: fc.constantFrom(...Object.keys(host.tokens)) },
          ),
        }),
      ),
    );
    const logs = { services: host.store, identity: identityLog, audit: host.auditStore };
    const heads: Record<string, LogCheckpoint | undefined> = {};
    const appended = async () => {
      const entries: LogEntry[] = [];
      for (const [name, log] of Object.entries(logs))
        entries.push(...(await log.readAll({ ...(heads[name] ? { after: heads[name] } : {}), maxCount: 100_000 })));
      return entries;
    };
    const catchUp = async () => {
      for (const [name, log] of Object.entries(logs)) {
        const entries = await log.readAll({ ...(heads[name] ? { after: heads[name] } : {}), maxCount: 100_000 });
        if (entries.length) heads[name] = entries[entries.length - 1].checkpoint;
      }
    };
    await catchUp();
    const outcomes = new Map<string, number>();
    const tally = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

    await fc.assert(
      fc.asyncProperty(call, async ({ route, request: mutated, as }) => {
        const [method, path] = route.split(' ');
        const seed = ROUTE_SEEDS[route];
        const stores = await host.storesOutsideTheLog();
        const response = await send(
          host.app.getHttpServer(),
          method,
          concrete(path, seed.params),
          host.tokens[as],
          mutated,
          seed.csv !== undefined,
        );
        const where = `${route} as ${as}, ${mutated.kind} -> ${response.status} ${JSON.stringify(response.body ?? response.text).slice(0, 300)}`;
        tally(`${response.status < 300 ? '2xx' : (response.body?.code ?? response.status)} ${mutated.kind} ${route}`);
        expect({ where, serverError: response.status >= 500 }).toEqual({ where, serverError: false });

        if (response.status < 300) {
          // What may never be accepted, whatever the route.
          if (seed.csv === undefined) {
            expect({ where, controlCharacterAccepted: hasControlCharacter(mutated.body) }).toEqual({
              where,
              controlCharacterAccepted: false,
            });
            expect({ where, oversizedAccepted: mutated.kind === 'oversized' }).toEqual({ where, oversizedAccepted: false });
            expect({ where, hugeMoneyAccepted: mutated.kind === 'huge-money' }).toEqual({ where, hugeMoneyAccepted: false });
            // A route takes only its own fields; one without a body takes none.
            expect({ where, unknownFieldAccepted: mutated.kind === 'unknown-field' }).toEqual({
              where,
              unknownFieldAccepted: false,
            });
          }
          const entries = await appended();
          // Whatever the upload, no control character reaches the log (a CSV's as much as a JSON body's).
          const controlled = entries.filter(({ event }) => hasControlCharacter(event.data)).map(({ event }) => event.type);
          expect({ where, controlled }).toEqual({ where, controlled: [] });
          const named = new Set<string>(
            (Array.isArray(response.body?.events) ? response.body.events : []).map((event: { id: string }) => event.id),
          );
          const inLog = new Set(entries.map((entry) => entry.event.id));
          expect({ where, namedButNotInLog: [...named].filter((id) => !inLog.has(id)) }).toEqual({ where, namedButNotInLog: [] });
          const callerId = host.actors[as].userId;
          // One command, one correlation id: the bookkeeping events a command writes beside those it names share it.
          const commands = new Set(entries.filter(({ event }) => named.has(event.id)).map(({ event }) => event.metadata.correlationId));
          const unaccounted = entries.filter(
            ({ event }) =>
              !named.has(event.id) &&
              !commands.has(event.metadata.correlationId) &&
              !(event.metadata.causationId !== null && inLog.has(event.metadata.causationId)) &&
              !(named.size === 0 && event.metadata.actor.userId === callerId),
          );
          expect({ where, unaccounted: unaccounted.map(({ event }) => event.type) }).toEqual({ where, unaccounted: [] });
          await host.settled();
          await catchUp();
          return;
        }

        expect({ where, clientError: response.status >= 400 && response.status < 500 }).toEqual({ where, clientError: true });
        const code: string = response.body?.code;
        expect({ where, code, status: statusOfCode(code) }).toEqual({ where, code, status: response.status });
        expect({ where, messageTh: typeof response.body.messageTh === 'string' && /\S/.test(response.body.messageTh) }).toEqual({
          where,
          messageTh: true,
        });
        if (mutated.kind === 'control-character' && seed.csv === undefined && response.status === 400)
          expect({ where, code }).toEqual({ where, code: 'request.control-character' });
        if (mutated.kind === 'oversized' && seed.csv === undefined) expect({ where, code }).toEqual({ where, code: 'request.too-large' });
        expect({ where, appended: (await appended()).map(({ event }) => event.type), stores: await host.storesOutsideTheLog() }).toEqual({
          where,
          appended: [],
          stores,
        });
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.FUZZ_REPORT)
      console.log(
        [...outcomes]
          .sort()
          .map(([key, n]) => `${key} ${n}`)
          .join('\n'),
      );
    // The generators reach both sides: commands accepted, and refusals of many kinds.
    const accepted = [...outcomes].filter(([key]) => key.startsWith('2xx')).reduce((sum, [, n]) => sum + n, 0);
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(new Set([...outcomes.keys()].map((key) => key.split(' ')[0])).size).toBeGreaterThan(15);
  }, 120_000);

  // After the property: the seeds' own effects would otherwise shape the world it meets.
  it('starts from seeds the routes take as well-formed: none is refused for its shape', async () => {
    const malformed: string[] = [];
    for (const [route, seed] of Object.entries(ROUTE_SEEDS)) {
      const [method, path] = route.split(' ');
      const [mutated] = fc
        .sample(seed.csv === undefined ? mutatedJson(seed.body ?? {}, seed.fresh) : mutatedCsv(seed.csv), { seed: SEED, numRuns: 50 })
        .filter((m) => m.kind === 'seed');
      const response = await send(
        host.app.getHttpServer(),
        method,
        concrete(path, seed.params),
        host.tokens[seed.as],
        mutated,
        seed.csv !== undefined,
      );
      const code: string = response.body?.code ?? '';
      if (
        code.startsWith('request.') ||
        ['relief.csv-malformed', 'auth.forbidden', 'auth.missing-token', 'auth.invalid-token'].includes(code)
      )
        malformed.push(`${route} as ${seed.as}: ${response.status} ${code} ${JSON.stringify(response.body?.details ?? '')}`);
    }
    expect(malformed).toEqual([]);
  }, 60_000);
});

/** The request as a client would send it: JSON text as generated (own `__proto__` keys and all), or CSV text. */
const send = (server: Parameters<typeof request>[0], method: string, path: string, token: string, mutated: Mutated, csv: boolean) => {
  const call = request(server)[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](path).set('authorization', token);
  return csv
    ? call.set('content-type', 'text/csv').send(String(mutated.body))
    : call.set('content-type', 'application/json').send(JSON.stringify(mutated.body) ?? 'null');
};
