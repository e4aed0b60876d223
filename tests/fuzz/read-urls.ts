import { RecordedEvent } from '@kongthun/event-sourcing';

/**
 * Reads that are not answered from the log: the process's own health and metrics; a member's
 * personal data, which lives encrypted outside the log and whose every read is itself recorded
 * (so asking both hosts would change the answer of its access list); and the audit's copy of each
 * event by its id (evidence, payment receipt, inclusion proof), which the fuzz host does not feed
 * (its consumer would write to the audit's store while refusals are checked to write nothing).
 */
const NOT_FROM_THE_LOG = [/^\/health$/, /^\/metrics$/, /\/personal-data(\/|$)/, /:eventId/];

/** Every value under `name` in a body, nested ones too (a registration lists its households). */
const valuesNamed = (value: unknown, name: string): unknown[] => {
  if (Array.isArray(value)) return value.flatMap((item) => valuesNamed(item, name));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === name ? [item] : valuesNamed(item, name)));
};

/** The values an event gives a route parameter, some of them named otherwise in events than in routes. */
const fromEvent = (event: RecordedEvent, name: string): unknown[] => {
  if (name === 'streamId') return [event.streamId];
  if (name === 'unitId') return [event.data.projectId ?? event.data.declarationId];
  if (name === 'programme') return ['projectId' in event.data ? 'grants' : 'declarationId' in event.data ? 'relief' : undefined];
  return name in event.data ? [event.data[name]] : valuesNamed(event.data, name);
};

const isId = (value: unknown) => (typeof value === 'string' && value !== '') || typeof value === 'number';

/** Every combination of one value per parameter. */
const combinations = (choices: unknown[][]): unknown[][] =>
  choices.reduce<unknown[][]>((sofar, values) => sofar.flatMap((head) => values.map((value) => [...head, value])), [[]]);

/**
 * Every read route with its parameters filled from the ids the log holds, each combination taken
 * from one event (a member with the fund it joined, a budget with its programme), so that what the
 * generated commands created is read as well as the world they started in.
 */
export const readUrls = (paths: readonly string[], events: readonly RecordedEvent[]): { path: string; urls: string[] }[] =>
  paths
    .filter((path) => !NOT_FROM_THE_LOG.some((pattern) => pattern.test(path)))
    .map((path) => {
      const names = [...path.matchAll(/:(\w+)/g)].map(([, name]) => name);
      const urls = new Set<string>();
      for (const event of names.length ? events : []) {
        for (const values of combinations(names.map((name) => fromEvent(event, name).filter(isId))))
          urls.add(names.reduce((url, name, i) => url.replace(`:${name}`, encodeURIComponent(String(values[i]))), path));
      }
      if (!names.length) urls.add(path);
      return { path, urls: [...urls] };
    });
