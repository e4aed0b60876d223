import { AuditLedgerStore } from '@kongthun/audit-store';
import { Consumer, MessageBus, topicOfContext } from '@kongthun/messaging';
import { AuditJobs } from '../ledger/audit-jobs';
import { findingOfRefusedDelivery } from './ingest-findings';
import { ledgerIngestHandler } from './ledger-ingest';

/** Its own consumer group: the audit ledger reads every event whatever other consumers do. */
export const AUDIT_CONSUMER_GROUP = 'kongthun-audit-ledger';

/** The contexts whose topics the ledger follows by default. */
export const AUDITED_TOPICS = ['welfare', 'grants', 'relief'].map(topicOfContext);

/**
 * Feeds the ledger from the bus, from the beginning of each topic. A delivery the ledger refuses
 * (an id reused for other content, a hash that does not hold) is raised as a finding before the
 * offset is committed, so it cannot be lost either.
 */
export const startAuditConsumer = (bus: MessageBus, ledger: AuditLedgerStore, jobs: AuditJobs, topics: readonly string[] = AUDITED_TOPICS, groupId = AUDIT_CONSUMER_GROUP): Promise<Consumer> =>
  bus.consume({
    groupId,
    topics: [...topics],
    fromBeginning: true,
    handle: ledgerIngestHandler(ledger, async (outcome, event) => {
      const finding = findingOfRefusedDelivery(outcome, event);
      if (finding) await jobs.findings.raise([finding]);
    }),
  });
