import { join } from 'node:path';
import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { FinanceModuleOptions, FinanceStore, startFinanceConsumer } from '@kongthun/finance-service';
import { Consumer, MessageBus } from '@kongthun/messaging';

export interface EmbeddedFinance {
  module: FinanceModuleOptions;
  /** Follows the money topic of the in-process bus, from its beginning. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Provincial finance in the embedded host, fed as when distributed: only from the money contract
 * topic of the bus (in-process here, Kafka in apps/finance), into its own PGlite under
 * `<dataDir>/finance` (in memory without a data folder). The in-process bus keeps no offsets across
 * restarts, so its consumer reads the topic from the start and the books absorb what they hold.
 */
export const openEmbeddedFinance = async (options: { bus: MessageBus; dataDir?: string }): Promise<EmbeddedFinance> => {
  const sql = await PgliteSqlClient.open(options.dataDir ? join(options.dataDir, 'finance') : 'memory://');
  const store = await FinanceStore.open(sql);
  let consumer: Consumer | undefined;
  return {
    module: { store },
    start: async () => {
      consumer = await startFinanceConsumer(options.bus, store);
    },
    stop: async () => {
      await consumer?.stop();
      await sql.close();
    },
  };
};
