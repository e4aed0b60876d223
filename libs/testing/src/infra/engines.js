/**
 * The engines the integration suites need, how each is found, and whether it can run on a machine
 * without Docker. Order of discovery: environment variable, then testcontainers (Docker engine),
 * then the local runner under infra/ (`local`: Java and Maven), else the suite is skipped loudly
 * (or the run fails under REQUIRE_INFRA).
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
      // A generic container, as @testcontainers/kurrentdb configures it: that package exists only
      // for testcontainers 12, which wants Node 22.
      const { GenericContainer, Wait } = require('testcontainers');
      const container = await new GenericContainer('kurrentplatform/kurrentdb:25.0')
        .withExposedPorts(2113)
        .withEnvironment({ KURRENTDB_CLUSTER_SIZE: '1', KURRENTDB_RUN_PROJECTIONS: 'All', KURRENTDB_START_STANDARD_PROJECTIONS: 'true', KURRENTDB_INSECURE: 'true' })
        .withStartupTimeout(120_000)
        .withWaitStrategy(Wait.forHealthCheck())
        .start();
      return { url: `kurrentdb://${container.getHost()}:${container.getFirstMappedPort()}?tls=false`, container };
    },
  },
  {
    name: 'kafka',
    envVar: 'KAFKA_BROKERS',
    localRunner: 'infra/kafka/start.sh (prints KAFKA_BROKERS=...)',
    local: { dir: 'infra/kafka', stateDirVar: 'KAFKA_STATE_DIR', pidFile: 'kafka.pid' },
    start: async () => {
      const { KafkaContainer } = require('@testcontainers/kafka');
      const container = await new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start();
      return { url: `${container.getHost()}:${container.getMappedPort(9093)}`, container };
    },
  },
  {
    name: 'mongo',
    envVar: 'MONGO_URL',
    localRunner: 'infra/mongo/start.sh (prints MONGO_URL=...)',
    local: { dir: 'infra/mongo', stateDirVar: 'MONGO_STATE_DIR', pidFile: 'mongo.pid' },
    start: async () => {
      const { MongoDBContainer } = require('@testcontainers/mongodb');
      const container = await new MongoDBContainer('mongo:7').start();
      return { url: `${container.getConnectionString()}?directConnection=true`, container };
    },
  },
];
