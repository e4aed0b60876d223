import { MoneyAppendOutcome } from '@kongthun/audit-store';
import { IncomingMessage, PermanentMessageError } from '@kongthun/messaging';
import { ContractViolation, MoneyMessage, parseMoneyMessage } from '@kongthun/money-contract';

/** What ingestion needs of the money log: an append that is a no-op for a message it already holds. */
export interface MoneyAppender {
  append(message: MoneyMessage): Promise<MoneyAppendOutcome>;
}

/**
 * The audit service's consumer of the money contract topic. The message is checked against the
 * contract first: one that breaks it can never be stored and goes to the dead-letter topic at once.
 * The offset is committed only after the append, so a crash redelivers and the log absorbs it.
 */
export const moneyIngestHandler =
  (log: MoneyAppender, onOutcome: (outcome: MoneyAppendOutcome, message: MoneyMessage) => Promise<void> | void = () => undefined) =>
  async (incoming: IncomingMessage): Promise<void> => {
    let message: MoneyMessage;
    try {
      message = parseMoneyMessage(incoming.value);
    } catch (error) {
      if (error instanceof ContractViolation)
        throw new PermanentMessageError(`${incoming.topic}@${incoming.offset}: ${error.message}`, error.code);
      throw error;
    }
    // A reused id with other content is not stored, but not dropped either: the caller raises it.
    await onOutcome(await log.append(message), message);
  };
