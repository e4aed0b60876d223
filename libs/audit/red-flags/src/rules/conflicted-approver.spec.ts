import { commitment, eventIds, findingsOf, hashOf, recipient, relation } from '../testing/money-story';

const RULE = 'red-flag.conflicted-approver';

describe('red-flag.conflicted-approver', () => {
  it('given an approver declared related to a member, when they approve that member, it is flagged citing both', () => {
    const declared = relation({ approverId: 'u-chair', recipientReference: 'm-a', relationship: 'พี่น้อง' });
    const approved = commitment({ recipient: recipient('a'), approvers: [{ userId: 'u-chair', citizenIdHash: null }] });
    expect(findingsOf(RULE, [declared, approved])).toMatchObject([
      {
        severity: 'high',
        evidenceEventIds: eventIds(declared, approved),
        details: {
          conflict: 'related',
          approverId: 'u-chair',
          recipientReference: 'm-a',
          relationship: 'พี่น้อง',
          thresholdName: 'money.relation.declared',
        },
      },
    ]);
  });

  it('a relation declared after the approval finds it, with the same finding id', () => {
    const approved = commitment({ approvers: [{ userId: 'u-chair', citizenIdHash: null }] });
    const declared = relation({ approverId: 'u-chair' });
    const later = findingsOf(RULE, [approved, declared]);
    expect(later).toHaveLength(1);
    expect(later[0].findingId).toBe(findingsOf(RULE, [declared, approved])[0].findingId);
  });

  it('an approver who is the recipient (same keyed citizen-ID hash) is flagged without any declaration', () => {
    const self = commitment({ recipient: recipient('chair'), approvers: [{ userId: 'u-chair', citizenIdHash: hashOf('person:chair') }] });
    expect(findingsOf(RULE, [self])).toMatchObject([{ evidenceEventIds: eventIds(self), details: { conflict: 'self' } }]);
  });

  it('near miss: unrelated approvers, and a relation to another member', () => {
    const declared = relation({ approverId: 'u-chair', recipientReference: 'm-b' });
    expect(
      findingsOf(RULE, [
        declared,
        commitment({ recipient: recipient('a'), approvers: [{ userId: 'u-chair', citizenIdHash: hashOf('person:chair') }] }),
      ]),
    ).toEqual([]);
  });
});
