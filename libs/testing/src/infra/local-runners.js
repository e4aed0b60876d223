/**
 * The engines with a runner under infra/ (Kafka, the MongoDB protocol), started by the global
 * setup when no engine is given and no Docker engine is reachable, on a machine with Java and
 * Maven. Each start script prints one VAR=value line; a runner this run started is stopped after
 * it, one that already ran (a developer's, CI's) is left alone.
 */
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..', '..');

const onPath = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Java and Maven: what every runner under infra/ needs (Maven fetches the server's jars once). */
const canRunLocally = (isOnPath = onPath) => isOnPath('java') && isOnPath('mvn');

const pidFileOf = (engine, env) => join(env[engine.local.stateDirVar] ?? join(root, engine.local.dir, '.run'), engine.local.pidFile);

/**
 * Starts the engine's runner; resolves to { url, stop } where stop is a no-op when the runner was
 * already up. `run(script, env)` returns the script's stdout (injected for the unit test).
 */
const startLocal = (engine, env = process.env, run = defaultRun, exists = existsSync) => {
  const alreadyRunning = exists(pidFileOf(engine, env));
  const out = run(join(root, engine.local.dir, 'start.sh'), env);
  const line = out.split('\n').find((l) => l.startsWith(`${engine.envVar}=`));
  if (!line) throw new Error(`${engine.local.dir}/start.sh printed no ${engine.envVar}=... line`);
  const stop = () => (alreadyRunning ? undefined : run(join(root, engine.local.dir, 'stop.sh'), env));
  return { url: line.slice(engine.envVar.length + 1), stop };
};

function defaultRun(script, env) {
  // Progress goes to stderr, where the developer sees the first start fetch the jars.
  return execFileSync(script, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

module.exports = { canRunLocally, startLocal };
