import { KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { MoneyMessage, MoneyMessageOf, MoneyMessageType } from '../money-message.schema';
import { parseMoneyMessage } from '../parse-money-message';

/** A stored event of the producer, as the ledger will hold it. */
export interface StoredSourceEvent {
  id: string;
  type: string;
  streamId: string;
  streamRevision: bigint | string;
  hash: string;
}

/** What a producer's standard story left behind: its own events, and the translation its publisher makes. */
export interface MoneyContractStory {
  sourceEvents: readonly StoredSourceEvent[];
  /** Translates every stored event as the producer's publisher does; called twice to prove it is deterministic. */
  translate(): Promise<readonly unknown[]>;
}

/** The person the story pays: the suite checks that only keyed hashes of these reach the contract. */
export interface StoryPerson {
  citizenId: string;
  account: string;
  /** The key the producer hashes with: the one every programme shares. */
  hashKey: string;
}

export interface MoneyContractProducer {
  programme: string;
  /**
   * Through the producer's own commands: declare a unit, receive money, commit an amount to the
   * person, pay it to their account, and reverse that payment.
   */
  tellStory(person: StoryPerson): Promise<MoneyContractStory>;
}

const PERSON: StoryPerson = { citizenId: '1101700230708', account: '123-4-56789-0', hashKey: 'money-contract-suite-key-32-bytes!' };

const ofType = <T extends MoneyMessageType>(messages: readonly MoneyMessage[], type: T): MoneyMessageOf<T>[] =>
  messages.filter((message): message is MoneyMessageOf<T> => message.type === type);

const undoneIdOf = (message: MoneyMessage): string | undefined => {
  switch (message.type) {
    case 'money.in.received':
      return message.data.moneyInId;
    case 'money.commitment.made':
      return message.data.commitmentId;
    case 'money.disbursement.made':
      return message.data.disbursementId;
    default:
      return undefined;
  }
};

/**
 * The money contract's producer suite: every programme that publishes the contract runs it with
 * its own commands and translator, the way every event store runs the event-store contract suite.
 */
export const moneyContractSuite = (name: string, producer: () => Promise<MoneyContractProducer> | MoneyContractProducer): void => {
  describe(`money contract producer: ${name}`, () => {
    let story: MoneyContractStory;
    let messages: MoneyMessage[];
    let raw: readonly unknown[];
    let programme: string;
    const hasher = new KeyedHasher(PERSON.hashKey);

    beforeAll(async () => {
      const subject = await producer();
      programme = subject.programme;
      story = await subject.tellStory(PERSON);
      raw = await story.translate();
      messages = raw.map((message) => parseMoneyMessage(JSON.parse(JSON.stringify(message))));
    });

    it('publishes only messages that parse under the current contract, for its own programme', () => {
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(message.programme).toBe(programme);
    });

    it('tells the whole story: a unit, money in, a commitment, a disbursement and a reversal', () => {
      for (const type of [
        'money.unit.declared',
        'money.in.received',
        'money.commitment.made',
        'money.disbursement.made',
        'money.reversal.recorded',
      ] as const)
        expect(ofType(messages, type).length).toBeGreaterThan(0);
    });

    it('gives the same messages, ids included, when the same events are translated again', async () => {
      expect(JSON.parse(JSON.stringify(await story.translate()))).toEqual(JSON.parse(JSON.stringify(raw)));
      expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    });

    it('points every message at a stored event by id, stream, revision, type and hash', () => {
      const stored = new Map(story.sourceEvents.map((event) => [event.id, event]));
      for (const { source } of messages) {
        const event = stored.get(source.eventId);
        expect(event).toBeDefined();
        expect({ streamId: source.streamId, streamRevision: source.streamRevision, type: source.type, hash: source.hash }).toEqual({
          streamId: event?.streamId,
          streamRevision: String(event?.streamRevision),
          type: event?.type,
          hash: event?.hash,
        });
      }
    });

    it('declares a unit before any money of it moves, and pays only inside its areas and period', () => {
      const declared = new Map<string, MoneyMessageOf<'money.unit.declared'>>();
      for (const message of messages) {
        if (message.type === 'money.unit.declared') declared.set(message.unitId, message);
        else expect(declared.has(message.unitId)).toBe(true);
        if (message.type !== 'money.disbursement.made') continue;
        const unit = declared.get(message.unitId)!.data;
        expect(unit.areaCodes.some((area) => message.data.areaCode.startsWith(area))).toBe(true);
        expect(message.data.paidOn >= unit.activeFrom).toBe(true);
        if (unit.activeUntil !== null) expect(message.data.paidOn <= unit.activeUntil).toBe(true);
      }
    });

    it('names only earlier messages of the same unit: a disbursement its commitment, a reversal what it undoes', () => {
      const seen = new Map<string, MoneyMessage>();
      for (const message of messages) {
        if (message.type === 'money.disbursement.made' && message.data.commitmentId !== null)
          expect(seen.get(`${message.unitId}/money.commitment.made/${message.data.commitmentId}`)).toBeDefined();
        if (message.type === 'money.reversal.recorded') {
          const undone = seen.get(`${message.unitId}/${message.data.undoes.type}/${message.data.undoes.id}`);
          expect(undone).toBeDefined();
          expect(BigInt(message.data.amount.replace('.', ''))).toBeLessThanOrEqual(
            BigInt((undone as { data: { amount: string } }).data.amount.replace('.', '')),
          );
        }
        const own = undoneIdOf(message);
        if (own !== undefined) seen.set(`${message.unitId}/${message.type}/${own}`, message);
      }
    });

    it('names the person and the account only by keyed hashes under the shared key, and says which key', () => {
      const citizenIdHash = hasher.citizenId(ThaiCitizenId.parse(PERSON.citizenId));
      const [paid] = ofType(messages, 'money.disbursement.made').filter((message) => message.data.recipient !== null);
      expect(paid.data.recipient?.citizenIdHash).toBe(citizenIdHash);
      expect(paid.data.recipient?.accountHash).toBe(hasher.account(PERSON.account));
      for (const message of messages) expect(message.keyId).toBe(hasher.keyId);
      const text = JSON.stringify(raw);
      expect(text).not.toContain(PERSON.citizenId);
      expect(text).not.toContain(PERSON.account.replace(/-/g, ''));
      expect(text).not.toContain(PERSON.account);
    });
  });
};
