import { eventHashOf, LedgerEvent } from '@kongthun/audit-ledger';
import { chainEvents, eventHash } from '@kongthun/event-sourcing';
import { testEvent } from '@kongthun/event-sourcing/testing';
import { envelopeFromJson, envelopeToJson } from '@kongthun/messaging';

// The ledger restates the event hash so an offline verifier need not trust the store's code;
// this is where the two definitions are held to each other.
describe("the ledger's event hash is the event store's", () => {
  const odd = {
    note: 'กองทุนสวัสดิการ 🙂 \u0000 "quoted"',
    nested: { z: [1, 2.5, -0, 1e21, null, true], a: {} },
    '\u00e9': 'é',
    amount: '200.00',
  };
  const chained = chainEvents('fund-compat', [testEvent(0), testEvent(1, { data: odd })], 41n, 'ab'.repeat(32), '2025-12-11T03:00:00.000Z');

  it('for events chained by the store, as they travel through Kafka', () => {
    for (const e of chained) {
      const json: LedgerEvent = JSON.parse(JSON.stringify(envelopeToJson({ ...e, globalPosition: 7n })));
      expect(eventHashOf(json)).toBe(e.hash);
      expect(eventHashOf(json)).toBe(eventHash(envelopeFromJson(json as never)));
    }
  });

  it('and differs as soon as any hashed field does', () => {
    const json = envelopeToJson({ ...chained[1], globalPosition: 7n });
    for (const change of [
      { streamRevision: '44' },
      { recordedAt: '2025-12-11T03:00:00.001Z' },
      { prevHash: null },
      { schemaVersion: 2 },
      { type: 'test.thing.undone' },
    ]) {
      expect(eventHashOf({ ...json, ...change })).not.toBe(json.hash);
    }
    expect(eventHashOf({ ...json, globalPosition: '8' })).toBe(json.hash);
  });
});
