import { LedgerEvent } from '@kongthun/audit-ledger';
import { AppendOutcome } from '@kongthun/audit-store';
import { IncomingMessage, PermanentMessageError } from '@kongthun/messaging';
import { parseLedgerEvent } from './ledger-event-schema';

/** What ingestion needs of the ledger: an append that is a no-op for an event it already holds. */
export interface LedgerAppender {
  append(event: LedgerEvent): Promise<AppendOutcome>;
}

/**
 * The audit service's consumer of every context topic. The offset is committed only after the
 * append, so a crash redelivers, and the store's idempotence absorbs the duplicate. A message that
 * is not an event envelope can never be stored: it goes to the dead-letter topic at once.
 */
export const ledgerIngestHandler =
  (ledger: LedgerAppender, onOutcome: (outcome: AppendOutcome, event: LedgerEvent) => Promise<void> | void = () => undefined) =>
  async (message: IncomingMessage): Promise<void> => {
    let value: unknown;
    try {
      value = JSON.parse(message.value);
    } catch {
      throw new PermanentMessageError(`${message.topic}@${message.offset}: value is not JSON`, 'audit.not-an-envelope');
    }
    const event = parseLedgerEvent(value);
    if ('problem' in event)
      throw new PermanentMessageError(`${message.topic}@${message.offset}: ${event.problem}`, 'audit.not-an-envelope');
    // A conflicting id or a hash that does not hold is not stored, but it is not dropped either:
    // the caller raises it as a finding before the offset moves on.
    await onOutcome(await ledger.append(event), event);
  };
