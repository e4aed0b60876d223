import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REFUSAL_STATUSES } from './refusal-statuses';

const LIBS = join(__dirname, '../../..');
const CODE = String.raw`([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)`;
/** Where a refusal code is written in the sources: the shapes the code base uses to raise one. */
const RAISED = [
  new RegExp(String.raw`new\s+\w*(?:Error|Exception)\(\s*'${CODE}'`, 'g'), // new DomainError('x', …), new RefusalException('x', …)
  new RegExp(String.raw`\bsuper\(\s*'${CODE}'`, 'g'), // an error class with a fixed code
  new RegExp(String.raw`\brefuse\w*\(\s*'${CODE}'`, 'g'), // refuse('x', …) helpers
  new RegExp(String.raw`\brequire\w*\([^;{]*?'${CODE}'`, 'g'), // requireText(value, 'x', …)
  new RegExp(String.raw`[(,]\s*code\s*=\s*'${CODE}'`, 'g'), // a default code parameter
];
/** In files that build error bodies by hand, `code: 'x'` is a refusal too. */
const BODY = new RegExp(String.raw`\bcode:\s*'${CODE}'`, 'g');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !/\.spec\.ts$|\.testing\.ts$|contract\.ts$/.test(path) ? [path] : [];
  });

const raisedCodes = (): Map<string, string> => {
  const found = new Map<string, string>();
  for (const file of sourceFiles(LIBS)) {
    const text = readFileSync(file, 'utf8');
    const patterns = /HttpException|RefusalException|ErrorBody/.test(text) ? [...RAISED, BODY] : RAISED;
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) if (!found.has(match[1])) found.set(match[1], relative(LIBS, file));
  }
  return found;
};

describe('the refusal table', () => {
  const raised = raisedCodes();

  it('finds the codes raised in every shape the sources use (so the check below is not vacuous)', () => {
    for (const code of [
      'claim.not-found',
      'committee.not-a-member',
      'rules.resolution-required',
      'auth.missing-token',
      'fiscal-year.out-of-range',
      'eventstore.wrong-expected-revision',
      'eventstore.event-too-large',
      'idempotency.key-reused',
      'personal-data.erased',
      'case.not-auditor',
      'area.length',
    ])
      expect(raised.has(code)).toBe(true);
    expect(raised.size).toBeGreaterThan(150);
  });

  it('lists every code thrown in libs/, so no status is guessed', () => {
    const missing = [...raised].filter(([code]) => !(code in REFUSAL_STATUSES)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists no code that nothing raises any more', () => {
    const everything = sourceFiles(LIBS)
      .filter((file) => !file.endsWith('refusal-statuses.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(Object.keys(REFUSAL_STATUSES).filter((code) => !everything.includes(`'${code}'`))).toEqual([]);
  });

  it('gives the statuses the API documents: malformed 400, unknown 404, done already 409, business rule 422', () => {
    expect(REFUSAL_STATUSES).toMatchObject({
      'request.invalid': 400,
      'request.unknown-fields': 400,
      'request.control-character': 400,
      'money.above-limit': 400,
      'request.too-large': 413,
      'auth.missing-token': 401,
      'auth.out-of-scope': 403,
      'claim.not-found': 404,
      'claim.duplicate': 409,
      'eventstore.wrong-expected-revision': 409,
      'personal-data.erased': 410,
      'payout.overdraft': 422,
      'date.before-founding': 422,
      'payout.before-approval': 422,
    });
  });
});
