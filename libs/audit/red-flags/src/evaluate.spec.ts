import { evaluateRedFlags, initialRedFlagState, scanRedFlags } from './evaluate';
import { findingIdOf, RED_FLAG_RULE_IDS } from './finding';
import { redFlagConfig } from './red-flag-config';
import { RED_FLAG_RULES } from './rules/all-rules';
import { approvalRecorded, claimSubmitted, payoutMade } from './testing/crafted-events';
import { PRASERT, WelfareHistory } from './testing/welfare-history';
import { WelfareEnvelope } from './welfare-envelope';

/** A history with several red flags: a self-approval, a payout above approval, a cross-fund duplicate, figures ≠ words. */
const troubledHistory = (): WelfareHistory => {
  const history = new WelfareHistory();
  const talatYai = history.fund('talat-yai').enrol('m-p', '2022-10-03', PRASERT).enrol('m-1', '2022-10-03', 'p-1');
  talatYai.claim('cl-1', 'm-p', 'birth', '2023-05-10', '1000').record(approvalRecorded('talat-yai', 'cl-1', PRASERT));
  talatYai.paid('cl-2', 'm-1', 'birth', '2023-05-10', '1000').record(payoutMade('talat-yai', 'po-x', 'cl-2', 'm-1', '1000.00', '2023-05-20'));
  talatYai.record(claimSubmitted('talat-yai', 'cl-3', 'm-1', 'birth', '2023-06-01', '380000.00', { words: 'สามล้านแปดแสนบาทถ้วน' }));
  history.fund('wichit').enrol('m-9', '2022-10-03', 'p-1').paid('cl-9', 'm-9', 'birth', '2023-05-10', '1000');
  return history;
};

const foldOneByOne = (envelopes: WelfareEnvelope[]) => {
  let state = initialRedFlagState();
  const findings = [];
  for (const envelope of envelopes) {
    const step = evaluateRedFlags(state, envelope);
    state = step.state;
    findings.push(...step.findings);
  }
  return findings;
};

describe('evaluating red flags over a history', () => {
  const history = troubledHistory();
  const { findings } = scanRedFlags(history.envelopes);

  it('finds each pattern once, with unique ids', () => {
    expect(findings.map((finding) => finding.rule).sort()).toEqual([
      'red-flag.amount-words-mismatch', 'red-flag.conflicted-approver', 'red-flag.duplicate-payment', 'red-flag.payout-above-approved',
    ]);
    expect(new Set(findings.map((finding) => finding.findingId)).size).toBe(findings.length);
  });

  it('a replay of the same history gives the same findings, and so does a fold one event at a time', () => {
    expect(scanRedFlags(troubledHistory().envelopes).findings).toEqual(findings);
    expect(foldOneByOne(history.envelopes)).toEqual(findings);
  });

  it('continues from a saved state: the second half of a history adds what the whole adds', () => {
    const half = Math.floor(history.envelopes.length / 2);
    const first = scanRedFlags(history.envelopes.slice(0, half));
    const second = scanRedFlags(history.envelopes.slice(half), undefined, first.state);
    expect([...first.findings, ...second.findings]).toEqual(findings);
  });

  it('an event delivered again (at-least-once) changes nothing and raises nothing', () => {
    const { state } = scanRedFlags(history.envelopes);
    const again = evaluateRedFlags(state, history.envelopes[history.envelopes.length - 1]);
    expect(again.findings).toEqual([]);
    expect(again.state).toBe(state);
  });

  it('reads envelopes as JSON carries them (revision as a string) and findings are JSON-safe', () => {
    const fromJson = history.envelopes.map((envelope) => ({ ...envelope, streamRevision: envelope.streamRevision.toString() }));
    const replayed = scanRedFlags(fromJson).findings;
    expect(replayed).toEqual(findings);
    expect(JSON.parse(JSON.stringify(replayed))).toEqual(replayed);
  });

  it('passes events of other contexts through untouched', () => {
    const state = initialRedFlagState();
    const grant = { id: 'g-1', type: 'grants.project.approved', streamId: 'grants-project-1', streamRevision: 0n, recordedAt: '2024-01-01T00:00:00Z', data: {} };
    expect(evaluateRedFlags(state, grant)).toEqual({ state, findings: [] });
  });

  it('a rule switched off in configuration raises nothing', () => {
    const config = redFlagConfig({ disabledRules: ['red-flag.duplicate-payment'] });
    const some = scanRedFlags(history.envelopes, config).findings;
    expect(some.map((finding) => finding.rule)).not.toContain('red-flag.duplicate-payment');
    expect(some).toHaveLength(findings.length - 1);
  });

  it('a finding id depends on the rule and the set of evidence, not on its order', () => {
    const finding = findings.find((f) => f.rule === 'red-flag.duplicate-payment');
    expect(finding?.findingId).toBe(findingIdOf('red-flag.duplicate-payment', [...(finding?.evidenceEventIds ?? [])].reverse()));
    expect(finding?.findingId).not.toBe(findingIdOf('red-flag.payout-above-approved', finding?.evidenceEventIds ?? []));
    expect(finding?.findingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('every rule id has exactly one rule', () => {
    expect(RED_FLAG_RULES.map((rule) => rule.id).sort()).toEqual([...RED_FLAG_RULE_IDS].sort());
  });
});
