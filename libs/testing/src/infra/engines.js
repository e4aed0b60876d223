/**
 * The engines the integration suites need, how each is found, and whether it can run on a machine
 * without Docker. Order of discovery: environment variable, then testcontainers (Docker engine),
 * else the suite is skipped loudly (or the run fails under REQUIRE_INFRA).
 */
module.exports = [
  {
    name: 'postgres',
    envVar: 'DATABASE_URL',
    localRunner: 'the PostgreSQL server on the machine (see .ci/run)',
    start: async () => {
      const { PostgreSqlContainer } = require('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer('postgres:16-alpine').start();
      return { url: container.getConnectionUri(), container };
    },
  },
  {
    name: 'kurrentdb',
    envVar: 'KURRENTDB_URL',
    localRunner: null,
    start: async () => {
      const { KurrentDbContainer } = require('@testcontainers/kurrentdb');
      const container = await new KurrentDbContainer('kurrentplatform/kurrentdb:25.0').start();
      return { url: container.getConnectionString(), container };
    },
  },
];
