import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { DEAD_LETTER_HEADERS, deadLetterTopicOf, eventToMessage, InProcessMessageBus, topicOfContext } from '@kongthun/messaging';
import { z } from 'zod/v4';
import { ContractViolation, parseWelfareEvent, UpcasterRegistry, welfareDataSchemas } from '@kongthun/welfare-contracts';
import { FundCommandHandler } from '@kongthun/welfare-service';
import { loadDemo } from '@kongthun/embedded';

/** Messages are built by the real path: demo commands → store → the publisher's message mapping. */
const welfareMessages = async () => {
  const store = new InMemoryEventStore();
  await loadDemo(new FundCommandHandler(store), 'contract-test-citizen-key');
  return (await store.readAll({ maxCount: 10_000 })).map((entry) => eventToMessage(entry.event, '/kongthun/welfare-fund'));
};

describe('welfare integration-event contract', () => {
  it('accepts every event the welfare service publishes', async () => {
    const messages = await welfareMessages();
    expect(messages.length).toBeGreaterThan(90);
    for (const message of messages) expect(parseWelfareEvent(message.value).id).toBe(message.headers.ce_id);
  });

  it('refuses a payout whose amount is not a decimal string, and an envelope without its hash', async () => {
    const payout = (await welfareMessages()).find((m) => m.headers.ce_type === 'welfare.payout.made');
    const tampered = JSON.parse(payout?.value ?? '{}');
    tampered.data.amount = 300;
    expect(() => parseWelfareEvent(JSON.stringify(tampered))).toThrow(ContractViolation);
    expect(() => parseWelfareEvent(JSON.stringify({ ...JSON.parse(payout?.value ?? '{}'), hash: undefined }))).toThrow(/hash/);
    expect(() => parseWelfareEvent('not json')).toThrow(ContractViolation);
  });

  it('reads an older version through its upcasters, and refuses a version it cannot upcast', async () => {
    const v1 = (await welfareMessages()).find((m) => m.headers.ce_type === 'welfare.payout.made')?.value ?? '{}';
    // A future version 2 of the payout adds the currency; version-1 messages stay valid through an upcaster.
    const contractsV2 = {
      ...welfareDataSchemas,
      'welfare.payout.made': { version: 2, schema: z.looseObject({ amount: z.string(), currency: z.literal('THB') }) },
    };
    const upcasters = new UpcasterRegistry().register('welfare.payout.made', 1, (data) => ({ ...data, currency: 'THB' }));
    expect(parseWelfareEvent(v1, upcasters, contractsV2)).toMatchObject({ schemaVersion: 2, data: { amount: '300.00', currency: 'THB' } });
    expect(() => parseWelfareEvent(v1, new UpcasterRegistry(), contractsV2)).toThrow(/no upcaster/);
  });

  it('a consumer dead-letters a message that breaks the contract at once, and handles the next', async () => {
    const bus = new InProcessMessageBus({ backoffScale: 0.01 });
    const topic = topicOfContext('welfare');
    const [valid] = await welfareMessages();
    const attempts: string[] = [];
    const deadLetters: Record<string, string>[] = [];
    await bus.consume({
      groupId: 'audit',
      topics: [deadLetterTopicOf(topic)],
      fromBeginning: true,
      handle: async (m) => void deadLetters.push(m.headers),
    });
    await bus.consume({
      groupId: 'provincial-finance',
      topics: [topic],
      fromBeginning: true,
      retry: { attempts: 5, initialBackoffMs: 10 },
      handle: async (m) => {
        attempts.push(m.key);
        parseWelfareEvent(m.value);
      },
    });
    await bus.publish([{ ...valid, key: 'poison', value: '{"type":"welfare.payout.made"}' }, valid]);
    for (let i = 0; i < 200 && (deadLetters.length === 0 || !attempts.includes(valid.key)); i++)
      await new Promise((r) => setTimeout(r, 10));
    await bus.close();
    expect(attempts.filter((key) => key === 'poison')).toHaveLength(1);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0][DEAD_LETTER_HEADERS.error]).toMatch(/envelope/);
    expect(attempts).toContain(valid.key);
  });
});
