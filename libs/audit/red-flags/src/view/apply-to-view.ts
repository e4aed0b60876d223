import { Money } from '@kongthun/kernel';
import { FundEvent, rulesFromData } from '@kongthun/welfare-domain';
import { AuditedEvent, EventRef } from '../welfare-envelope';
import { AuditView, ClaimView, emptyFundView, entitlementKeyOf, FundView, PayoutKey, relationKeyOf } from './audit-view';
import { ShardedMap } from './sharded-map';

const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => new Map(map).set(key, value);

const appendTo = (index: ShardedMap<readonly PayoutKey[]>, key: string, payout: PayoutKey): ShardedMap<readonly PayoutKey[]> =>
  index.with(key, [...(index.get(key) ?? []), payout]);

const changeClaim = (fund: FundView, claimId: string, change: (claim: ClaimView) => Partial<ClaimView>): FundView => {
  const claim = fund.claims.get(claimId);
  return claim === undefined ? fund : { ...fund, claims: fund.claims.with(claimId, { ...claim, ...change(claim) }) };
};

/**
 * The fund's own facts. Unlike the service's `evolve`, nothing is refused or skipped for being
 * out of place: an approval of an unknown claim is exactly what an auditor wants to keep.
 */
const applyToFund = (fund: FundView, event: FundEvent, source: EventRef): FundView => {
  switch (event.type) {
    case 'welfare.fund.registered': {
      const committee = new Map(event.data.committee.map((seat) => [seat.userId, { userId: seat.userId, citizenIdHash: seat.citizenIdHash, source }]));
      return { ...fund, rules: [...fund.rules, { rules: rulesFromData(event.data.rules), source }], committee: new Map([...fund.committee, ...committee]) };
    }
    case 'welfare.rules.adopted':
      return { ...fund, rules: [...fund.rules, { rules: rulesFromData(event.data.rules), source }] };
    case 'welfare.committee.member-appointed': {
      const { userId, citizenIdHash } = event.data.member;
      return { ...fund, committee: withEntry(fund.committee, userId, { userId, citizenIdHash, source }) };
    }
    case 'welfare.committee.relation-declared':
      return { ...fund, relations: withEntry(fund.relations, relationKeyOf(event.data.userId, event.data.memberId), source) };
    case 'welfare.member.enrolled': {
      const { memberId, citizenIdHash, beneficiary, enrolledOn, joiningFee } = event.data;
      const claimIds = fund.members.get(memberId)?.claimIds ?? [];
      const member = { memberId, citizenIdHash, beneficiaryHash: beneficiary.citizenIdHash, enrolledOn, source, claimIds };
      return { ...fund, members: fund.members.with(memberId, member), received: fund.received.plus(Money.fromJSON(joiningFee)) };
    }
    case 'welfare.contribution.recorded':
    case 'welfare.matching-funds.received':
      return { ...fund, received: fund.received.plus(Money.fromJSON(event.data.amount)) };
    case 'welfare.admin-override.granted': {
      const { overrideId } = event.data;
      return { ...fund, overrides: withEntry(fund.overrides, overrideId, { overrideId, amount: Money.fromJSON(event.data.amount), used: false, source }) };
    }
    case 'welfare.admin-spending.recorded': {
      const { overrideId } = event.data;
      const override = overrideId === null ? undefined : fund.overrides.get(overrideId);
      const overrides = override === undefined ? fund.overrides : withEntry(fund.overrides, override.overrideId, { ...override, used: true });
      return { ...fund, overrides, adminSpent: fund.adminSpent.plus(Money.fromJSON(event.data.amount)) };
    }
    case 'welfare.claim.submitted': {
      const { claimId, memberId, benefit, eventDate, hospitalNights, submittedBy, rulesVersion } = event.data;
      const claim: ClaimView = {
        claimId, memberId, benefit, eventDate, hospitalNights, submittedBy, rulesVersion, source,
        amount: Money.fromJSON(event.data.amount), approvals: [], approved: null, rejected: false, payoutIds: [],
      };
      const member = fund.members.get(memberId);
      const members = member === undefined ? fund.members : fund.members.with(memberId, { ...member, claimIds: [...member.claimIds, claimId] });
      return { ...fund, members, claims: fund.claims.with(claimId, claim) };
    }
    case 'welfare.claim.approval-recorded':
      return changeClaim(fund, event.data.claimId, (claim) => ({ approvals: [...claim.approvals, { approverId: event.data.approverId, source }] }));
    case 'welfare.claim.approved': {
      const { amount, approverIds, rulesVersion } = event.data;
      return changeClaim(fund, event.data.claimId, () => ({ approved: { amount: Money.fromJSON(amount), approverIds, rulesVersion, source } }));
    }
    case 'welfare.claim.rejected':
      return changeClaim(fund, event.data.claimId, () => ({ rejected: true }));
    case 'welfare.payout.made': {
      const { payoutId, claimId, memberId, paidOn } = event.data;
      const payout = { payoutId, claimId, memberId, paidOn, amount: Money.fromJSON(event.data.amount), accountHash: payeeAccountHashOf(event.data), source, reversed: false };
      return changeClaim({ ...fund, payouts: fund.payouts.with(payoutId, payout) }, claimId, (claim) => ({ payoutIds: [...claim.payoutIds, payoutId] }));
    }
    case 'welfare.payout.reversed': {
      const payout = fund.payouts.get(event.data.payoutId);
      return payout === undefined ? fund : { ...fund, payouts: fund.payouts.with(payout.payoutId, { ...payout, reversed: true }) };
    }
    // A reversal names the record it undoes and carries its amount: the money goes back.
    case 'welfare.contribution.reversed':
    case 'welfare.matching-funds.reversed':
      return { ...fund, received: fund.received.minus(Money.fromJSON(event.data.amount)) };
    case 'welfare.admin-spending.reversed': {
      const { overrideId } = event.data;
      const override = overrideId === null ? undefined : fund.overrides.get(overrideId);
      const overrides = override === undefined ? fund.overrides : withEntry(fund.overrides, override.overrideId, { ...override, used: false });
      return { ...fund, overrides, adminSpent: fund.adminSpent.minus(Money.fromJSON(event.data.amount)) };
    }
    case 'welfare.committee.member-removed':
    case 'welfare.member.lapsed':
    case 'welfare.member.resigned':
    case 'welfare.member.died':
    // Erasure shreds the encrypted personal data; the keyed hash the rules match on stays in history.
    case 'welfare.member.personal-data-erased':
      return fund;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/**
 * Keyed hash of the bank account or PromptPay id paid into. Payout events (schema 1) leave account
 * numbers out as personal data; a service that records this optional hash lets the shared-account
 * and split-payout rules see accounts.
 */
export const payeeAccountHashOf = (data: object): string | null => {
  const hash = (data as { payeeAccountHash?: unknown }).payeeAccountHash;
  return typeof hash === 'string' && hash !== '' ? hash : null;
};

/** Cross-fund indexes of payouts: by person, by entitlement and by account. */
const indexPayout = (view: AuditView, fund: FundView, payoutId: string): AuditView => {
  const payout = fund.payouts.get(payoutId);
  const claim = payout === undefined ? undefined : fund.claims.get(payout.claimId);
  const person = fund.members.get(claim?.memberId ?? payout?.memberId ?? '')?.citizenIdHash;
  if (payout === undefined) return view;
  const key = { fundId: fund.fundId, payoutId };
  return {
    ...view,
    payoutsByPerson: person === undefined ? view.payoutsByPerson : appendTo(view.payoutsByPerson, person, key),
    payoutsByEntitlement: person === undefined || claim === undefined
      ? view.payoutsByEntitlement : appendTo(view.payoutsByEntitlement, entitlementKeyOf(person, claim.benefit, claim.eventDate), key),
    payoutsByAccount: payout.accountHash === null ? view.payoutsByAccount : appendTo(view.payoutsByAccount, payout.accountHash, key),
  };
};

/** Adds one welfare event to the auditor's view. */
export const applyToView = (view: AuditView, audited: AuditedEvent): AuditView => {
  const { event, ref } = audited;
  const before = view.funds.get(event.data.fundId) ?? emptyFundView(event.data.fundId, ref.streamId);
  const fund = applyToFund(before, event, ref);
  const next = { ...view, funds: view.funds.with(fund.fundId, fund) };
  return event.type === 'welfare.payout.made' ? indexPayout(next, fund, event.data.payoutId) : next;
};
