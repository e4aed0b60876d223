import { moneyMessage } from '@kongthun/money-contract/testing';
import { evaluateRedFlags, initialRedFlagState, scanRedFlags } from './evaluate';
import { redFlagConfig } from './red-flag-config';
import { parseRedFlagState, serializeRedFlagState } from './state/red-flag-state';
import { commitment, disbursement, hashOf, moneyIn, recipient, relation, reversal, unitDeclared } from './testing/money-story';

/** A history that raises several rules: a duplicate, an over-payment, a conflicted approver, words ≠ figures. */
const history = () => [
  unitDeclared({ areaCodes: ['830101'] }, { unitId: 'talat-yai' }),
  moneyIn(
    { document: { reference: 'pao-1', amountFigures: '380000.00', amountWords: 'สามล้านแปดแสนบาทถ้วน' }, amount: '380000.00' },
    { unitId: 'talat-yai' },
  ),
  relation({ approverId: 'u-chair', recipientReference: 'm-a' }, { unitId: 'talat-yai' }),
  commitment({ commitmentId: 'c-1', amount: '200.00', approvers: [{ userId: 'u-chair', citizenIdHash: null }] }, { unitId: 'talat-yai' }),
  disbursement(
    { disbursementId: 'p-1', commitmentId: 'c-1', amount: '300.00', recipient: recipient('a', { accountHash: hashOf('account:1') }) },
    { unitId: 'talat-yai' },
  ),
  disbursement({ disbursementId: 'p-2', amount: '200.00' }, { unitId: 'wichit' }),
  reversal({ type: 'money.disbursement.made', id: 'p-2' }, '200.00', { unitId: 'wichit' }),
];

describe('evaluating money messages', () => {
  it('a finding names programme, unit, area, the source streams and the raising event', () => {
    const messages = history();
    const { findings } = scanRedFlags(messages);
    expect(findings.map((finding) => finding.rule)).toEqual([
      'red-flag.amount-words-mismatch',
      'red-flag.conflicted-approver',
      'red-flag.payout-above-approved',
      'red-flag.duplicate-payment',
    ]);
    expect(findings[2]).toMatchObject({
      programme: 'welfare',
      unitId: 'talat-yai',
      fundId: 'talat-yai',
      areaCode: '830101',
      streamId: messages[4].source.streamId,
      raisedBy: messages[4].source.eventId,
    });
    expect(findings[0].areaCode).toBe('830101'); // money in has no area of its own: the unit's
  });

  it('a redelivered message raises nothing and changes nothing', () => {
    const messages = history();
    const once = scanRedFlags(messages);
    const again = scanRedFlags(messages, undefined, once.state);
    expect(again.findings).toEqual([]);
    expect(again.state).toEqual(once.state);
    const interleaved = scanRedFlags(messages.flatMap((message) => [message, message]));
    expect(interleaved.findings).toEqual(once.findings);
  });

  it('a message below the last revision seen of its source stream is a redelivery', () => {
    const source = (revision: string) => ({
      eventId: `0190f111-0000-7000-8000-00000000000${revision}`,
      streamId: 'welfare-claim-c-9',
      streamRevision: revision,
      type: 'welfare.claim.paid',
      hash: 'a'.repeat(64),
    });
    const later = moneyMessage('money.disbursement.made', disbursement({ disbursementId: 'p-9' }).data, { source: source('2') });
    const earlier = moneyMessage('money.disbursement.made', disbursement({ disbursementId: 'p-8' }).data, { source: source('1') });
    const afterLater = evaluateRedFlags(initialRedFlagState(), later).state;
    expect(evaluateRedFlags(afterLater, earlier).state).toBe(afterLater);
  });

  it('the state is plain JSON: serialised and parsed, it is equal and resumes with the same findings', () => {
    const messages = history();
    const half = scanRedFlags(messages.slice(0, 4));
    const text = serializeRedFlagState(half.state);
    const restored = parseRedFlagState(text);
    expect(restored).toEqual(half.state);
    expect(JSON.parse(text)).toEqual(half.state);
    expect(scanRedFlags(messages.slice(4), undefined, restored)).toEqual(scanRedFlags(messages.slice(4), undefined, half.state));
    expect([...half.findings, ...scanRedFlags(messages.slice(4), undefined, restored).findings]).toEqual(scanRedFlags(messages).findings);
    expect(() => parseRedFlagState('{"version":2}')).toThrow(expect.objectContaining({ code: 'red-flags.state-invalid' }));
  });

  it('a disabled rule raises nothing', () => {
    const config = redFlagConfig({ disabledRules: ['red-flag.amount-words-mismatch', 'red-flag.conflicted-approver'] });
    expect(scanRedFlags(history(), config).findings.map((finding) => finding.rule)).toEqual([
      'red-flag.payout-above-approved',
      'red-flag.duplicate-payment',
    ]);
  });

  it('findings have stable ids: the same history replayed gives the same ids', () => {
    const messages = history();
    expect(scanRedFlags(messages).findings.map((finding) => finding.findingId)).toEqual(
      scanRedFlags(messages).findings.map((finding) => finding.findingId),
    );
  });
});
