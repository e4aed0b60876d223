import { ContractViolation } from './contract-violation';
import { parseMoneyMessage } from './parse-money-message';
import { moneyMessage } from './testing/money-message-factory';
import { UpcasterRegistry } from './upcaster-registry';

const disbursement = () =>
  moneyMessage('money.disbursement.made', {
    disbursementId: 'p-1',
    commitmentId: 'c-1',
    kind: 'benefit',
    recipient: { reference: 'm-1', citizenIdHash: 'a'.repeat(64), accountHash: 'b'.repeat(64), memberSince: '2025-01-01' },
    purpose: 'sickness',
    covers: { eventDate: '2026-01-10', periodFrom: null, periodTo: null },
    amount: '300.00',
    method: 'promptpay',
    paidOn: '2026-01-15',
    areaCode: '830101',
    approvers: [{ userId: 'u-1', citizenIdHash: null }],
    ruleVersion: 1,
    exceptionRef: null,
    document: null,
  });

describe('parseMoneyMessage', () => {
  it('reads a message from its JSON text exactly as it was published', () => {
    const message = disbursement();
    expect(parseMoneyMessage(JSON.stringify(message))).toEqual(message);
  });

  it('refuses a negative amount: a reversal names what it undoes instead', () => {
    const message = disbursement();
    expect(() => parseMoneyMessage({ ...message, data: { ...message.data, amount: '-300.00' } })).toThrow(ContractViolation);
  });

  it('refuses a field the contract does not name, so a typo never passes silently', () => {
    const message = disbursement();
    expect(() => parseMoneyMessage({ ...message, data: { ...message.data, amountt: '1.00' } })).toThrow(/amountt/);
  });

  it('refuses a clear-text citizen ID where a keyed hash belongs', () => {
    const message = disbursement();
    const recipient = { ...message.data.recipient!, citizenIdHash: '1101700230708' };
    expect(() => parseMoneyMessage({ ...message, data: { ...message.data, recipient } })).toThrow(/citizenIdHash/);
  });

  it('refuses an unknown type, a non-JSON value and another contract', () => {
    expect(() => parseMoneyMessage({ ...disbursement(), type: 'money.gift.given' })).toThrow(ContractViolation);
    expect(() => parseMoneyMessage('{not json')).toThrow('money message is not JSON');
    expect(() => parseMoneyMessage({ ...disbursement(), contract: 'kongthun.other' })).toThrow(ContractViolation);
  });

  it('refuses a message of a version this consumer cannot reach, rather than guessing its shape', () => {
    expect(() => parseMoneyMessage({ ...disbursement(), schemaVersion: 2 })).toThrow(/no upcaster to version 1/);
  });
});

describe('UpcasterRegistry', () => {
  it('chains one upcaster per version until none is registered', () => {
    const upcasters = new UpcasterRegistry()
      .register('money.in.received', 1, (data) => ({ ...data, second: true }))
      .register('money.in.received', 2, (data) => ({ ...data, third: true }));
    expect(upcasters.upcast('money.in.received', 1, { first: true })).toEqual({
      version: 3,
      data: { first: true, second: true, third: true },
    });
    expect(upcasters.upcast('money.in.received', 3, { x: 1 })).toEqual({ version: 3, data: { x: 1 } });
  });
});
