import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';
import { envArgumentReads, envReadsOf } from './env-reads';

const root = join(__dirname, '..', '..');
// YAML 1.2 core with merge keys (`<<: *anchor`), as Compose reads it.
const compose = load(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { schema: CORE_SCHEMA.withTags(mergeTag) }) as {
  services: Record<string, { environment?: Record<string, unknown> | string[]; command?: string }>;
};
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

/**
 * Programs that are not services of the topology: the command line, the one-process host, and the
 * web application (browser code, built and served by the hosts, reading no environment).
 */
const NOT_SERVICES = new Set(['cli', 'embedded', 'web']);
const serviceApps = readdirSync(join(root, 'apps')).filter(
  (app) => !NOT_SERVICES.has(app) && existsSync(join(root, 'apps', app, 'src', 'main.ts')),
);

const variablesSetFor = (service: string): Set<string> => {
  const environment = compose.services[service]?.environment ?? {};
  return new Set(Array.isArray(environment) ? environment.map((entry) => entry.split('=')[0]) : Object.keys(environment));
};

describe('docker-compose.yml', () => {
  const schema = JSON.parse(readFileSync(join(root, 'infra/compose/compose-spec.schema.json'), 'utf8')) as Record<string, unknown>;
  // Ajv 6 knows draft-07 under its http:// id; the spec names it by https://.
  const validate = new Ajv({ allErrors: true, validateSchema: false }).compile({ ...schema, $schema: undefined });

  it('is valid by the Compose Specification JSON schema (vendored in infra/compose)', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema refuses what Compose refuses: an unknown key, a restart policy of the wrong type', () => {
    expect(validate({ services: { web: { image: 'nginx', restart: 5 } } })).toBe(false);
    expect(validate({ services: { web: { image: 'nginx', enviroment: {} } } })).toBe(false);
    expect(validate({ services: { web: { image: 'nginx', restart: 'always' } } })).toBe(true);
  });

  it('has no top-level name, which docker-compose 1.29 refuses', () => {
    expect(Object.keys(compose)).not.toContain('name');
  });

  it('runs every service of the topology with a healthcheck and a restart policy', () => {
    for (const service of [
      'welfare-fund',
      'grants',
      'disaster-relief',
      'finance',
      'audit',
      'identity',
      'gateway',
      'postgres',
      'kafka',
      'mongo',
      'keycloak',
    ]) {
      expect({ service, healthcheck: 'healthcheck' in compose.services[service] }).toEqual({ service, healthcheck: true });
      expect({ service, restart: (compose.services[service] as { restart?: string }).restart }).toEqual({
        service,
        restart: 'unless-stopped',
      });
    }
  });

  it.each(serviceApps)('sets every environment variable apps/%s/src/main.ts reads, in the service of that name', (app) => {
    expect(Object.keys(compose.services)).toContain(app);
    expect(compose.services[app].command).toContain(`apps/${app}/src/main.ts`);
    const reads = envReadsOf(join(root, 'apps', app, 'src', 'main.ts'), root, compilerOptions.paths);
    const set = variablesSetFor(app);
    expect([...reads].filter((name) => !set.has(name)).sort()).toEqual([]);
  });

  it('the scan finds what a main reads directly, through a required() helper and through an env helper', () => {
    const reads = envReadsOf(join(root, 'apps', 'welfare-fund', 'src', 'main.ts'), root, compilerOptions.paths);
    for (const name of ['KURRENTDB_URL', 'DATABASE_URL', 'KONGTHUN_LAPSE_INTERVAL_MINUTES', 'LOG_LEVEL']) expect(reads).toContain(name);
    expect(envArgumentReads("const F = 'A_FILE'; env[F]; env.B_VAR; env['C_VAR']; number(env, 'D_MS', 5);").sort()).toEqual([
      'A_FILE',
      'B_VAR',
      'C_VAR',
      'D_MS',
    ]);
  });
});
