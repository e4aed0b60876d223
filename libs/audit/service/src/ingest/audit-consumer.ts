import { AuditLedgerStore } from '@kongthun/audit-store';
import { Consumer, MessageBus, topicOfContext } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC } from '@kongthun/money-contract';
import { AuditJobs } from '../ledger/audit-jobs';
import { findingOfRefusedDelivery } from './ingest-findings';
import { ledgerIngestHandler } from './ledger-ingest';
import { findingOfRefusedMoneyMessage } from './money-ingest-findings';
import { moneyIngestHandler } from './money-ingest';

/** Its own consumer group: the audit ledger reads every event whatever other consumers do. */
export const AUDIT_CONSUMER_GROUP = 'kongthun-audit-ledger';
/** The audit service's own group on the money contract topic, apart from finance's or anyone's. */
export const AUDIT_MONEY_CONSUMER_GROUP = 'kongthun-audit-money';

/** The contexts whose topics the ledger follows by default. */
export const AUDITED_TOPICS = ['welfare', 'grants', 'relief'].map(topicOfContext);

/** The money group that goes with a ledger group: a new ledger group (a new ledger) reads the money topic anew too. */
export const moneyGroupOf = (ledgerGroupId: string): string =>
  ledgerGroupId === AUDIT_CONSUMER_GROUP ? AUDIT_MONEY_CONSUMER_GROUP : `${ledgerGroupId}-money`;

/**
 * Feeds the ledger from the bus, from the beginning of each topic, and the money log (in the
 * ledger's database) from the money contract topic. A delivery either refuses (an id reused for
 * other content, a hash that does not hold) is raised as a finding before the offset is
 * committed, so it cannot be lost either. Stopping the result stops both consumers.
 */
export const startAuditConsumer = async (
  bus: MessageBus,
  ledger: AuditLedgerStore,
  jobs: AuditJobs,
  topics: readonly string[] = AUDITED_TOPICS,
  groupId = AUDIT_CONSUMER_GROUP,
  moneyGroupId = moneyGroupOf(groupId),
): Promise<Consumer> => {
  const events = await bus.consume({
    groupId,
    topics: [...topics],
    fromBeginning: true,
    handle: ledgerIngestHandler(ledger, async (outcome, event) => {
      const finding = findingOfRefusedDelivery(outcome, event);
      if (finding) await jobs.findings.raise([finding]);
    }),
  });
  const money = await bus
    .consume({
      groupId: moneyGroupId,
      topics: [MONEY_CONTRACT_TOPIC],
      fromBeginning: true,
      handle: moneyIngestHandler(await ledger.moneyLog(), async (outcome, message) => {
        const finding = findingOfRefusedMoneyMessage(outcome, message);
        if (finding) await jobs.findings.raise([finding]);
      }),
    })
    .catch(async (error: unknown) => {
      await events.stop();
      throw error;
    });
  return { stop: async () => void (await Promise.all([events.stop(), money.stop()])) };
};
