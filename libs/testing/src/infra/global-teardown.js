module.exports = async function globalTeardown() {
  for (const container of globalThis.__KONGTHUN_CONTAINERS__ ?? []) await container.stop();
  // The local runners this run started (infra/*/stop.sh); ones that were already up stay up.
  for (const stop of globalThis.__KONGTHUN_LOCAL_STOPS__ ?? []) stop();
};
