module.exports = async function globalTeardown() {
  for (const container of globalThis.__KONGTHUN_CONTAINERS__ ?? []) await container.stop();
};
