/**
 * A ts-node transpiler (its `transpiler` option, set in tsconfig.processes.json) for the processes
 * the messaging crash scenarios start and kill: the same `ts.transpileModule` as ts-node's
 * transpile-only mode, with each module's output kept on disk under a hash of its source, file name
 * and compiler options. ts-node itself keeps nothing between processes, so each start compiled the
 * same modules again (about 7 s of CPU each).
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

exports.create = ({ service }) => {
  const ts = require('typescript');
  const compilerOptions = service.config.options;
  const dir = join(tmpdir(), 'kongthun-transpiled');
  mkdirSync(dir, { recursive: true });
  const salt = `${ts.version}\0${JSON.stringify(compilerOptions)}`;
  return {
    transpile(input, { fileName }) {
      const file = join(dir, `${createHash('sha256').update(`${salt}\0${fileName}\0${input}`).digest('hex')}.json`);
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        const { outputText, sourceMapText } = ts.transpileModule(input, { fileName, compilerOptions });
        // Written aside and renamed: processes started side by side never read half a file.
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, JSON.stringify({ outputText, sourceMapText }));
        renameSync(partial, file);
        return { outputText, sourceMapText };
      }
    },
  };
};
