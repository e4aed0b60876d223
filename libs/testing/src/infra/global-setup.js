/**
 * Jest global setup: finds every engine before any suite runs and tells the workers through
 * environment variables (`<ENV_VAR>` when found, `KONGTHUN_MISSING_<NAME>` with the reason when not).
 *
 * REQUIRE_INFRA=1 (CI) turns a missing engine that has a local runner on this kind of machine
 * (PostgreSQL, Kafka, MongoDB) into a failed run. KurrentDB has no runner without Docker, so it is
 * required only when a Docker engine exists or REQUIRE_INFRA=all.
 */
const engines = require('./engines');
const { canRunLocally, startLocal } = require('./local-runners');

const started = [];

async function dockerAvailable() {
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

function missingKey(engine) {
  return `KONGTHUN_MISSING_${engine.name.toUpperCase()}`;
}

module.exports = async function globalSetup() {
  const require = process.env.REQUIRE_INFRA ?? '';
  let docker;
  let local;
  const failures = [];
  const stops = [];
  for (const engine of engines) {
    if (process.env[engine.envVar]) continue;
    docker ??= await dockerAvailable();
    if (docker) {
      const { url, container } = await engine.start();
      process.env[engine.envVar] = url;
      started.push(container);
      continue;
    }
    local ??= canRunLocally();
    if (engine.local && local) {
      try {
        process.stderr.write(`\n${engine.envVar} is not set and there is no Docker engine: starting ${engine.local.dir}/start.sh\n`);
        const { url, stop } = startLocal(engine);
        process.env[engine.envVar] = url;
        stops.push(stop);
        continue;
      } catch (error) {
        process.stderr.write(`\n${engine.local.dir}/start.sh failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    const reason = `${engine.envVar} is not set and no Docker engine is reachable for testcontainers` + (engine.local ? (local ? `; ${engine.local.dir}/start.sh failed` : '; no java and mvn for its local runner') : '');
    process.env[missingKey(engine)] = reason;
    const required = require === 'all' || (require === '1' && engine.localRunner !== null);
    const banner = `\n!!! ${engine.name} integration suites ${required ? 'CANNOT RUN' : 'SKIPPED'}: ${reason}.` +
      (engine.localRunner ? ` Start ${engine.localRunner}.` : ' This engine has no runner without Docker.') + '\n';
    process.stderr.write(banner);
    if (required) failures.push(engine.name);
  }
  globalThis.__KONGTHUN_CONTAINERS__ = started;
  globalThis.__KONGTHUN_LOCAL_STOPS__ = stops;
  if (failures.length > 0) throw new Error(`REQUIRE_INFRA=${require}: missing engines: ${failures.join(', ')}`);
};
