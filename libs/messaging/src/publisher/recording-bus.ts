import { ConsumeOptions, Consumer, MessageBus, OutgoingMessage } from '../bus/message-bus';

/**
 * A bus that records what the broker acknowledged and can be told to refuse, standing in for a
 * broker outage at exactly the moment the test needs (the Kafka suites in tests/messaging use the
 * real broker for the same properties).
 */
export class RecordingBus implements MessageBus {
  readonly acknowledged: OutgoingMessage[] = [];
  failuresLeft = 0;
  attempts = 0;

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    this.attempts++;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('broker unavailable');
    }
    this.acknowledged.push(...messages);
  }

  async consume(_options: ConsumeOptions): Promise<Consumer> {
    throw new Error('not used');
  }

  async close(): Promise<void> {}
}
