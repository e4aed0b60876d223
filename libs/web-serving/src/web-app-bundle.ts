import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build, Plugin } from 'esbuild';

/** One file of the built web application, kept in memory and served as is. */
export interface WebAsset {
  contents: Uint8Array;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

export const WEB_APP_SOURCE = resolve(__dirname, '../../../apps/web/src');

/**
 * The page runs the evidence verifier (libs/audit/evidence) and the kernel, written for Node:
 * node:crypto resolves to the page's own stand-in (SHA-256 in JavaScript, Ed25519 verdicts from
 * WebCrypto, everything else refused), node:util to the one symbol the kernel names, and Buffer
 * to the `buffer` package.
 */
const nodeStandIns = (source: string): Plugin => ({
  name: 'node-stand-ins',
  setup(builder) {
    builder.onResolve({ filter: /^node:crypto$/ }, () => ({ path: join(source, 'verify/node-crypto-in-browser.ts') }));
    builder.onResolve({ filter: /^node:util$/ }, () => ({ path: 'node:util', namespace: 'node-stand-in' }));
    builder.onLoad({ filter: /.*/, namespace: 'node-stand-in' }, () => ({
      contents: "export const inspect = { custom: Symbol.for('nodejs.util.inspect.custom') };",
      loader: 'js',
    }));
  },
});

/**
 * Builds the web application (apps/web) in memory with esbuild, at the host's start: no second
 * install or build step, and the page always matches the code that serves its API.
 */
export const buildWebApp = async (source = WEB_APP_SOURCE): Promise<Map<string, WebAsset>> => {
  const result = await build({
    entryPoints: { app: join(source, 'main.ts'), styles: join(source, 'styles.css') },
    bundle: true,
    write: false,
    outdir: '/assets',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    tsconfig: resolve(source, '../../../tsconfig.json'),
    plugins: [nodeStandIns(source)],
    inject: [join(source, 'verify/buffer-global.ts')],
    logLevel: 'silent',
  });
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    assets.set(file.path, { contents: file.contents, contentType: CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream' });
  }
  assets.set('/index.html', { contents: await readFile(join(source, 'index.html')), contentType: CONTENT_TYPES['.html'] });
  return assets;
};
