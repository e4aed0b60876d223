/**
 * A consumer as its own process with an idempotent effect (SqlInbox). With CRASH_AFTER_EFFECT_OF set,
 * it SIGKILLs itself right after that event's effect committed, before Kafka saw the offset commit.
 * Env: DATABASE_URL, KAFKA_BROKERS, SCHEMA, TOPIC, GROUP, CRASH_AFTER_EFFECT_OF?
 */
import { PgSqlClient } from '@kongthun/event-sourcing';
import { eventFromMessage, SqlInbox } from '@kongthun/messaging';
import { kafkaBus } from './kafka-bus';

const main = async () => {
  const { DATABASE_URL, KAFKA_BROKERS, SCHEMA, TOPIC, GROUP, CRASH_AFTER_EFFECT_OF } = process.env as Record<string, string>;
  const sql = new PgSqlClient({ connectionString: DATABASE_URL, max: 4 });
  const inbox = await SqlInbox.open(sql, SCHEMA);
  await sql.exec(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.deliveries (event_id uuid NOT NULL);
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.effects (event_id uuid NOT NULL, stream_id text NOT NULL, revision bigint NOT NULL);`);
  const bus = kafkaBus(KAFKA_BROKERS, 'scenario-consumer');
  await bus.consume({
    groupId: GROUP,
    topics: [TOPIC],
    fromBeginning: true,
    handle: async (message) => {
      const event = eventFromMessage(message.value);
      await sql.query(`INSERT INTO ${SCHEMA}.deliveries (event_id) VALUES ($1)`, [event.id]);
      await inbox.handleOnce(GROUP, event.id, async (tx) => {
        await tx.query(`INSERT INTO ${SCHEMA}.effects (event_id, stream_id, revision) VALUES ($1, $2, $3)`, [
          event.id,
          event.streamId,
          event.streamRevision.toString(),
        ]);
      });
      if (event.id === CRASH_AFTER_EFFECT_OF) process.kill(process.pid, 'SIGKILL');
    },
  });
  console.log('ready');
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
