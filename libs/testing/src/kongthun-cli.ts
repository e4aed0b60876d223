import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, Plugin } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');
const CLI_SOURCE = join(ROOT, 'apps/cli/src/main.ts');

/** What one run of the CLI left: its exit code and what it printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A bundle shares one `__dirname`; the CLI's modules read files beside their own sources (the relief
 * approval tiers, the web sources), so each module keeps its own directory, as under ts-node.
 */
const ownDirname: Plugin = {
  name: 'own-dirname',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/\b__filename\b/g, JSON.stringify(args.path)),
      loader: 'ts',
    }));
  },
};

let bundled: Promise<string> | undefined;

/**
 * apps/cli compiled once per test process with esbuild: ts-node compiles its ~600 modules again at
 * every start (about 7 s each on an idle 2-core machine, against 0.1 s for the bundle). esbuild
 * emits no decorator metadata, so this serves the commands that start no NestJS module (verify,
 * witness); the others run from source (`kongthunFromSource`).
 */
const cliBundle = (): Promise<string> =>
  (bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-cli-bundle-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'main.js');
    await build({
      entryPoints: [CLI_SOURCE],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      tsconfig: join(ROOT, 'tsconfig.json'),
      plugins: [ownDirname],
      logLevel: 'silent',
    });
    return outfile;
  })());

const runNode = (argv: readonly string[], userDir: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  new Promise((done) => {
    // INIT_CWD is the folder `npm run` was called from; the CLI resolves the user's paths against it.
    execFile(process.execPath, argv, { cwd: ROOT, env: { ...process.env, ...env, INIT_CWD: userDir } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

/** `kongthun <args>` in its own process, from the CLI compiled once (see `cliBundle`). */
export const kongthunCli = async (args: readonly string[], userDir: string): Promise<CliRun> =>
  // The bundle leaves packages to node_modules, which the temporary folder cannot find on its own.
  runNode([await cliBundle(), ...args], userDir, { NODE_PATH: join(ROOT, 'node_modules') });

/** `npm run kongthun -- <args>` exactly as package.json runs it: the sources through ts-node. */
export const kongthunFromSource = (args: readonly string[], userDir: string): Promise<CliRun> =>
  runNode(['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', CLI_SOURCE, ...args], userDir);
