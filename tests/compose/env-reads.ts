import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The environment variables a program reads, found in its source: `process.env.X`,
 * `process.env['X']`, local helpers that read `process.env[name]` called with a literal name, and, where the whole
 * `process.env` is handed to an imported function (`lapseIntervalFromEnv(process.env)`), what
 * that function's own file reads of its `env` argument.
 */
const NAME = '[A-Z][A-Z0-9_]+';
const direct = [new RegExp(`process\\.env\\.(${NAME})`, 'g'), new RegExp(`process\\.env\\[['"](${NAME})['"]\\]`, 'g')];

/** Local helpers that read `process.env[<their first parameter>]`, e.g. `required` and `milliseconds`. */
const localEnvHelpers = (source: string): string[] =>
  [...source.matchAll(/const (\w+) = \((\w+)\b[^)]*\)[\s\S]{0,200}?process\.env\[\2\]/g)].map((m) => m[1]);

const matches = (source: string, patterns: RegExp[]): string[] => patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]));

/** `env.X`, `env['X']`, `helper(env, 'X')` and `env[SOME_CONST]` with `SOME_CONST = 'X'` in the same file. (Names built at run time, such as `${name}_SERVICE_URL`, are beyond a scan.) */
export const envArgumentReads = (source: string): string[] => {
  const constants = new Map([...source.matchAll(new RegExp(`\\b(\\w+)\\s*=\\s*['"](${NAME})['"]`, 'g'))].map((m) => [m[1], m[2]]));
  const literal = matches(source, [
    new RegExp(`\\benv\\.(${NAME})`, 'g'),
    new RegExp(`\\benv\\[['"](${NAME})['"]\\]`, 'g'),
    // number(env, 'X', fallback): a helper of the same file given the env and a literal name.
    new RegExp(`\\w+\\(\\s*env\\s*,\\s*['"](${NAME})['"]`, 'g'),
  ]);
  const viaConstant = [...source.matchAll(/\benv\[(\w+)\]/g)].map((m) => constants.get(m[1])).filter((v): v is string => v !== undefined);
  return [...literal, ...viaConstant];
};

const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });

/** Where an imported name is defined: the alias's folder per tsconfig paths, searched for its export. */
const definitionOf = (name: string, from: string, source: string, root: string, paths: Record<string, string[]>): string => {
  const imported = new RegExp(`import\\s*{[^}]*\\b${name}\\b[^}]*}\\s*from\\s*['"]([^'"]+)['"]`).exec(source);
  if (!imported) throw new Error(`${from} hands process.env to ${name}, which it does not import: cannot tell what it reads`);
  const target = imported[1].startsWith('.') ? join(dirname(from), imported[1]) : paths[imported[1]]?.[0];
  if (!target) throw new Error(`${from}: no tsconfig path for ${imported[1]}`);
  const base = join(root, target);
  const dir = existsSync(`${base}.ts`) ? dirname(base) : dirname(base.endsWith('.ts') ? base : `${base}/index.ts`);
  const file = tsFiles(dir).find((f) => new RegExp(`export (const|function) ${name}\\b`).test(readFileSync(f, 'utf8')));
  if (!file) throw new Error(`${from}: cannot find where ${name} is defined under ${dir}`);
  return file;
};

/** Helpers imported from a library that read `env[<their first parameter>]`, such as service-host's `requiredEnv`. */
const importedEnvHelpers = (mainFile: string, source: string, root: string, paths: Record<string, string[]>): string[] => {
  const called = new Set([...source.matchAll(new RegExp(`\\b(\\w+)\\(\\s*['"]${NAME}['"]`, 'g'))].map((m) => m[1]));
  return [...called].filter((name) => {
    if (!new RegExp(`import\\s*{[^}]*\\b${name}\\b[^}]*}`).test(source)) return false;
    const definition = readFileSync(definitionOf(name, mainFile, source, root, paths), 'utf8');
    return new RegExp(`const ${name} = \\((\\w+)\\b[^)]*\\)[\\s\\S]{0,200}?env\\[\\1\\]`).test(definition);
  });
};

export const envReadsOf = (mainFile: string, root: string, paths: Record<string, string[]>): Set<string> => {
  const source = readFileSync(mainFile, 'utf8');
  const helpers = [...localEnvHelpers(source), ...importedEnvHelpers(mainFile, source, root, paths)];
  const helperCalls = helpers.map((helper) => new RegExp(`\\b${helper}\\(\\s*['"](${NAME})['"]`, 'g'));
  const names = new Set(matches(source, [...direct, ...helperCalls]));
  for (const [, fn] of source.matchAll(/\b(\w+)\([^()]*\bprocess\.env\b(?![.[])/g)) {
    const file = definitionOf(fn, mainFile, source, root, paths);
    for (const name of envArgumentReads(readFileSync(file, 'utf8'))) names.add(name);
  }
  return names;
};
