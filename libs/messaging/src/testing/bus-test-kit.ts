import { v4 as uuid } from 'uuid';
import { ConsumeOptions, Consumer, IncomingMessage, MessageBus, OutgoingMessage } from '../bus/message-bus';

/** Topic and group names no other run (or earlier run against the same broker) has used. */
export const uniqueName = (what: string): string => `kt-test.${what}.${uuid().slice(0, 8)}`;

export async function waitFor(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything one handler saw, in delivery order, with helpers for the usual questions. */
export class Received {
  readonly all: IncomingMessage[] = [];

  readonly record = async (message: IncomingMessage): Promise<void> => {
    this.all.push(message);
  };

  /** Distinct messages: redeliveries of one offset count once. */
  get distinct(): number {
    return new Set(this.all.map(identity)).size;
  }

  get duplicates(): number {
    return this.all.length - this.distinct;
  }

  values(): string[] {
    return this.all.map((m) => m.value);
  }
}

export const identity = (m: IncomingMessage): string => `${m.topic}/${m.partition}@${m.offset}`;

/** Starts consumers and stops every one of them after the test, even a failed one. */
export class Consumers {
  private readonly started: Consumer[] = [];

  constructor(private readonly bus: () => MessageBus) {}

  async start(options: ConsumeOptions): Promise<Consumer> {
    const consumer = await this.bus().consume(options);
    this.started.push(consumer);
    return consumer;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.started.splice(0).map((c) => c.stop()));
  }
}

export const message = (topic: string, key: string, value: string, headers: Record<string, string> = {}): OutgoingMessage => ({
  topic,
  key,
  value,
  headers,
});
