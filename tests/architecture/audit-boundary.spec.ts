import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Lints `source` as if it were the file at `filePath`, with the workspace's own ESLint config. */
const lint = (filePath: string, source: string): LintMessage[] => {
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'],
    {
      cwd: root,
      input: source,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages;
};

const boundaryErrors = (messages: LintMessage[]): string[] =>
  messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);

// The auditor must depend on no programme's code (issue #9): lint, which fails the build, says so.
describe('architecture: audit libraries read contracts, never a programme domain or service', () => {
  beforeAll(() => {
    // The boundary rule reads the Nx project graph; `npm run lint` builds it the same way first.
    const graph = spawnSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (graph.status !== 0) throw new Error(`nx show projects failed: ${graph.stderr}`);
  }, 120_000);

  const file = 'libs/audit/red-flags/src/planted-import.ts';

  it('a planted import of @kongthun/welfare-domain in the red-flags library is a boundary error', () => {
    const errors = boundaryErrors(
      lint(file, "import { FUND_EVENT_TYPES } from '@kongthun/welfare-domain';\nexport const planted = FUND_EVENT_TYPES;\n"),
    );
    expect(errors).toEqual([expect.stringContaining('scope:audit')]);
  });

  it('so is an import of the welfare service', () => {
    expect(
      boundaryErrors(lint(file, "import * as welfare from '@kongthun/welfare-service';\nexport const planted = welfare;\n")),
    ).toHaveLength(1);
  });

  it('the money contract, programme contracts and the kernel pass', () => {
    const source = [
      "import { MONEY_CONTRACT } from '@kongthun/money-contract';",
      "import { welfareUnitTermsV1 } from '@kongthun/welfare-contracts';",
      "import { Money } from '@kongthun/kernel';",
      'export const allowed = [MONEY_CONTRACT, welfareUnitTermsV1, Money];',
      '',
    ].join('\n');
    expect(boundaryErrors(lint(file, source))).toEqual([]);
  });
});
