import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

/**
 * Preloaded (`node -r`) by a compiled subject: resolves `@kongthun/*` to the compiled libraries
 * beside it, as the workspace's tsconfig paths do for the TypeScript sources.
 */
const compiledRoot = join(__dirname, '..', '..');
register({
  baseUrl: compiledRoot,
  paths: Object.fromEntries(
    Object.entries(compilerOptions.paths as Record<string, string[]>).map(([name, targets]) => [
      name,
      targets.map((target) => target.replace(/\.ts$/, '.js')),
    ]),
  ),
});
