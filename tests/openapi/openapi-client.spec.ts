import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { createEmbeddedApp, openEmbeddedAudit } from '@kongthun/embedded';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const bin = (path: string) => join(ROOT, 'node_modules', path);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type Operation = { responses: Record<string, { content?: Record<string, { schema?: object; example?: unknown }> }> };

/**
 * The OpenAPI document a real client uses: what the embedded host serves at /api/docs-json (every
 * welfare and audit route), linted by Redocly's recommended rules, turned into a client by
 * openapi-typescript, and the end-to-end tests' calls type-checked against it.
 */
describe('the served OpenAPI document', () => {
  const dir = join(ROOT, 'dist', `openapi-check-${uuidv7()}`);
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };

  beforeAll(async () => {
    const sql = await PgliteSqlClient.open('memory://');
    const store = await SqlEventStore.open(sql);
    const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: 'citizen-key-for-tests-only' });
    const app = await createEmbeddedApp({
      store,
      publishers: audit.publishers,
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
      audit: audit.module,
    });
    await app.init();
    document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    await app.close();
    await store.close();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is OpenAPI 3.1, and every operation answers with a schema and an example', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ route: `${method.toUpperCase()} ${path}`, ...item[method] })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const without = operations
      .filter(({ responses }) => {
        const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        return success.length === 0 || success.some(([, answer]) => !answer.content?.['application/json']?.schema);
      })
      .map(({ route }) => route);
    expect(without).toEqual([]);
    const unexampled = operations
      .filter(({ route }) => route !== 'GET /health')
      .filter(({ responses }) =>
        Object.values(responses).some(
          (answer) =>
            answer.content?.['application/json']?.example === undefined && !('examples' in (answer.content?.['application/json'] ?? {})),
        ),
      )
      .map(({ route }) => route);
    expect(unexampled).toEqual([]);
  });

  it('passes redocly lint with the recommended rules: 0 errors', async () => {
    const { stdout } = await run(
      process.execPath,
      [bin('@redocly/cli/bin/cli.js'), 'lint', join(dir, 'openapi.json'), '--config', join(ROOT, 'redocly.yaml'), '--format=json'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    ).catch((failure: { stdout: string }) => failure);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number };
      problems: { ruleId: string; message: string; severity: string }[];
    };
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);

  it('generates an openapi-typescript client under which the end-to-end calls type-check', async () => {
    await run(process.execPath, [bin('openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', join(dir, 'kongthun-api.d.ts')], {
      cwd: ROOT,
    });
    await copyFile(join(__dirname, 'client', 'api-calls.ts'), join(dir, 'api-calls.ts'));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'commonjs',
          moduleResolution: 'node',
          lib: ['ES2022', 'DOM'],
          skipLibCheck: true,
          types: [],
        },
        files: ['api-calls.ts'],
      }),
    );
    const typecheck = await run(process.execPath, [bin('typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir }).then(
      () => '',
      (failure: { stdout: string }) => failure.stdout,
    );
    expect(typecheck).toBe('');
  }, 90_000);
});
