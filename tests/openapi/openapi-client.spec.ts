import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod/v4';
import { auditAnswers } from '@kongthun/audit-service';
import { financeAnswers } from '@kongthun/finance-service';
import { welfareAnswers } from '@kongthun/welfare-service';
import { FUNDS, paidSicknessClaim, startEmbeddedWithAudit } from '../audit/embedded-audit-fixture';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const bin = (path: string) => join(ROOT, 'node_modules', path);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type MediaType = { schema?: { format?: string }; example?: unknown; examples?: unknown };
type Operation = { responses: Record<string, { content?: Record<string, MediaType> }> };

/**
 * A success answer is JSON with its schema, or a file (CSV, XLSX: a download has no JSON body)
 * with a schema under each content type it is sent as.
 */
const hasSchema = (content: Record<string, MediaType> | undefined) =>
  content !== undefined && Object.keys(content).length > 0 && Object.values(content).every((media) => media.schema !== undefined);
/** Every body shows an example, save a binary file, which has no text to show. */
const isExampled = (content: Record<string, MediaType> | undefined) =>
  content !== undefined &&
  Object.keys(content).length > 0 &&
  Object.values(content).every((media) => media.example !== undefined || 'examples' in media || media.schema?.format === 'binary');

/**
 * The OpenAPI document a real client uses: what the embedded host serves at /api/docs-json (every
 * welfare, audit and provincial-finance route), linted by Redocly's recommended rules, turned into a client by
 * openapi-typescript, the end-to-end tests' calls type-checked against it, and each route's real
 * answer checked against the schema the document gives it.
 */
describe('the served OpenAPI document', () => {
  const dir = join(ROOT, 'dist', `openapi-check-${uuidv7()}`);
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };

  let host: Awaited<ReturnType<typeof startEmbeddedWithAudit>>;
  const fundId = FUNDS[0];
  const fund = `/api/welfare/funds/${fundId}`;

  // One host for both checks: the document it serves, and what its routes answer after a claim was
  // paid twice for one night (which raises a finding).
  beforeAll(async () => {
    host = await startEmbeddedWithAudit({ finance: true });
    document = (await host.get('/api/docs-json', 'admin').expect(200)).body;
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(document));
    for (const id of FUNDS)
      await paidSicknessClaim(host.post, id, 7, {
        claimId: 'c-1',
        eventDate: '2024-09-10',
        nights: 3,
        amount: '300.00',
        words: 'สามร้อยบาทถ้วน',
      });
    await host.ledgerCaughtUp();
  }, 90_000);
  afterAll(async () => {
    await host?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is OpenAPI 3.1, and every operation answers with a schema and an example', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ route: `${method.toUpperCase()} ${path}`, ...item[method] })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const without = operations
      .filter(({ responses }) => {
        const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        return success.length === 0 || success.some(([, answer]) => !hasSchema(answer.content));
      })
      .map(({ route }) => route);
    expect(without).toEqual([]);
    const unexampled = operations
      .filter(({ route }) => route !== 'GET /health')
      .filter(({ responses }) => Object.values(responses).some((answer) => !isExampled(answer.content)))
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

  /** The documented answers are the real ones: each body parses under its route's schema with nothing left over. */
  const fits = async (schema: z.ZodType, call: Promise<{ status: number; body: unknown }>, status = 200) => {
    const answer = await call;
    expect(answer.status).toBe(status);
    const parsed = schema.safeParse(answer.body);
    expect(parsed.success ? 'fits' : parsed.error.message).toBe('fits');
    // zod drops what a schema does not name: what is left must be the whole answer.
    expect(parsed.data).toEqual(answer.body);
    return answer.body;
  };

  it('welfare commands and views answer what the document says', async () => {
    await fits(
      welfareAnswers.recordedAnswer,
      host.post(`${fund}/contributions`, 'treasurer', {
        contributionId: 'ct-2',
        memberId: 'm-1',
        months: 1,
        amount: '30.00',
        receivedOn: '2025-02-01',
        receiptRef: 'r-2',
      }),
      201,
    );
    await fits(welfareAnswers.overviewAnswer, host.get(fund, 'treasurer'));
    await fits(welfareAnswers.statementAnswer, host.get(`${fund}/members/m-1/statement`, 'treasurer'));
    await fits(welfareAnswers.claimsQueueAnswer, host.get(`${fund}/claims/awaiting-approval`, 'treasurer'));
    await fits(welfareAnswers.threePartyAnswer, host.get(`${fund}/three-party?fiscalYear=2568`, 'treasurer'));
    await fits(welfareAnswers.fundsPageAnswer, host.get('/api/welfare/funds?limit=1', 'treasurer'));
    await fits(welfareAnswers.membersPageAnswer, host.get(`${fund}/members`, 'treasurer'));
    await fits(welfareAnswers.personalDataAnswer, host.get(`${fund}/members/m-1/personal-data?reason=claim%20c-1`, 'treasurer'));
  });

  it('audit ledger, findings and cases answer what the document says', async () => {
    await fits(auditAnswers.signingKeyAnswer, host.get('/api/audit/signing-key', 'auditor'));
    const head = (await fits(auditAnswers.signedTreeHeadAnswer, host.post('/api/audit/tree-heads', 'auditor'), 201)) as {
      treeSize: number;
    };
    await fits(auditAnswers.signedTreeHeadAnswer, host.get('/api/audit/tree-heads/latest', 'auditor'));
    await fits(auditAnswers.consistencyProofAnswer, host.get(`/api/audit/proofs/consistency?from=1&to=${head.treeSize}`, 'auditor'));
    await fits(auditAnswers.verificationAnswer, host.get('/api/audit/verification', 'auditor'));
    const timeline = (await fits(
      auditAnswers.timelineAnswer,
      host.get(`/api/audit/streams/welfare-fund-${fundId}/timeline`, 'auditor'),
    )) as { eventId: string }[];
    await fits(auditAnswers.inclusionProofAnswer, host.get(`/api/audit/proofs/inclusion/${timeline[0].eventId}`, 'auditor'));
    await fits(auditAnswers.evidenceBundleAnswer, host.get(`/api/audit/events/${timeline[0].eventId}/evidence`, 'auditor'));
    await fits(auditAnswers.replayAnswer, host.get(`/api/audit/funds/${fundId}/replay`, 'auditor'));
    await fits(auditAnswers.checkRunAnswer, host.post('/api/audit/checks', 'auditor'), 201);
    await fits(z.array(auditAnswers.witnessAnswer), host.get('/api/audit/witnesses', 'auditor'));

    const page = (await fits(auditAnswers.findingsPageAnswer, host.get('/api/audit/findings', 'auditor'))) as {
      findings: { findingId: string }[];
    };
    expect(page.findings.length).toBeGreaterThan(0);
    const findingId = page.findings[0].findingId;
    await fits(auditAnswers.findingAnswer, host.get(`/api/audit/findings/${findingId}`, 'auditor'));
    await fits(auditAnswers.evidenceBundleAnswer, host.get(`/api/audit/findings/${findingId}/evidence`, 'auditor'));
    await fits(auditAnswers.caseAnswer, host.post(`/api/audit/findings/${findingId}/case`, 'auditor'), 201);
    await fits(auditAnswers.caseAnswer, host.get(`/api/audit/cases/${findingId}`, 'auditor'));
  });

  it('provincial finance reads, downloads and API keys answer what the document says', async () => {
    const query = `programme=welfare&unitId=${fundId}`;
    // The books follow the money topic: wait until the paid claims are in them.
    const deadline = Date.now() + 20_000;
    while ((await host.get(`/api/finance/disbursements?${query}`, 'finance')).body.items?.length === 0) {
      if (Date.now() > deadline) throw new Error('the paid claim never reached the provincial books');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await fits(financeAnswers.totalsAnswer, host.get(`/api/finance/totals?${query}&groupBy=province,programme,fiscalYear`, 'finance'));
    const page = (await fits(financeAnswers.disbursementsPageAnswer, host.get(`/api/finance/disbursements?${query}`, 'finance'))) as {
      items: unknown[];
    };
    expect(page.items.length).toBeGreaterThan(0);

    // A download is sent as one of the content types its route documents.
    const documented = (path: string) => Object.keys(document.paths[path].get.responses['200'].content ?? {});
    const downloads = [
      { path: '/api/finance/exports/disbursements', query: `${query}&format=csv` },
      { path: '/api/finance/exports/disbursements', query: `${query}&format=xlsx` },
      { path: '/api/finance/exports/totals', query: `${query}&groupBy=fiscalYear&format=xlsx` },
      { path: '/api/finance/reports/codi-fund-status', query: `fundId=${fundId}&fiscalYear=2567` },
    ];
    for (const download of downloads) {
      const answer = await host.get(`${download.path}?${download.query}`, 'finance');
      expect(answer.status).toBe(200);
      expect(documented(download.path)).toContain(answer.headers['content-type']);
    }

    const created = (await fits(
      financeAnswers.createdApiKeyAnswer,
      host.post('/api/finance/api-keys', 'admin', { name: 'ระบบบัญชี สนง.คลังจังหวัดภูเก็ต', area: '83' }),
      201,
    )) as { keyId: string };
    await fits(financeAnswers.apiKeysAnswer, host.get('/api/finance/api-keys', 'admin'));
    await fits(financeAnswers.apiKeyAnswer, host.post(`/api/finance/api-keys/${created.keyId}/revocation`, 'admin'));
  });
});
