/**
 * A publisher as its own process, so a test can SIGKILL it mid-batch like a crash.
 * Env: DATABASE_URL, KAFKA_BROKERS, SCHEMA.
 */
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { EventLogPublisher, SqlCheckpointStore } from '@kongthun/messaging';
import { kafkaBus } from './kafka-bus';

const main = async () => {
  const { DATABASE_URL, KAFKA_BROKERS, SCHEMA } = process.env as Record<string, string>;
  const sql = new PgSqlClient({ connectionString: DATABASE_URL, max: 4 });
  const store = await SqlEventStore.open(sql, { schema: SCHEMA });
  const checkpoints = await SqlCheckpointStore.open(sql, SCHEMA);
  const publisher = new EventLogPublisher(store, kafkaBus(KAFKA_BROKERS, 'scenario-publisher'), checkpoints, {
    name: 'scenario',
    source: '/kongthun/scenario',
    batchSize: 50,
    retryDelayMs: 100,
  });
  await publisher.start();
  console.log('ready');
  setInterval(() => console.log(`published ${publisher.status().published}`), 50);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
