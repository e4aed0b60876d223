import { join } from 'node:path';
import ts from 'typescript';

/**
 * Compiles `subject.ts` and everything it imports to JavaScript under `dist/bench-finance`, so a
 * subject runs on plain node: under ts-node a process carries the TypeScript compiler and its
 * work (about 170 MB before the first row), which would be measured as the writer's memory.
 * Returns the entry point and the preload that maps `@kongthun/*` to the compiled libraries.
 */
export const compileSubject = (root: string): { entry: string; preload: string } => {
  const outDir = join(root, 'dist', 'bench-finance');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const roots = ['subject.ts', 'compiled-paths.ts'].map((file) => join(root, 'bench', 'finance', file));
  const program = ts.createProgram(roots, { ...config.options, outDir, rootDir: root, noEmit: false, sourceMap: false });
  const { emitSkipped, diagnostics } = program.emit();
  if (emitSkipped) throw new Error(ts.formatDiagnostics(diagnostics, ts.createCompilerHost(config.options)));
  return { entry: join(outDir, 'bench', 'finance', 'subject.js'), preload: join(outDir, 'bench', 'finance', 'compiled-paths.js') };
};
