import { messageBusContract } from '../testing/message-bus-contract';
import { InProcessMessageBus, partitionOf } from './in-process-message-bus';

describe('InProcessMessageBus', () => {
  messageBusContract({
    // Backoffs at 1/20: the retry tests keep their shape (doubling, 60 s cut short) in milliseconds.
    open: async () => new InProcessMessageBus({ partitions: 3, backoffScale: 0.05 }),
    backoffMs: 100,
    timeoutMs: 5_000,
  });

  it('maps a key to the same partition every time', () => {
    expect(partitionOf('stream-42', 3)).toBe(partitionOf('stream-42', 3));
    const used = new Set(Array.from({ length: 100 }, (_, i) => partitionOf(`stream-${i}`, 3)));
    expect(used).toEqual(new Set([0, 1, 2]));
  });
});
