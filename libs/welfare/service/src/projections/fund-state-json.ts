import { Money } from '@kongthun/kernel';
import {
  Claim,
  CommitteeMemberData,
  ContributionEntry,
  FundingSource,
  MatchingEntry,
  SpendingEntry,
  FundRulesData,
  MatchingSource,
  Member,
  PersistentMap,
  Payout,
  RegisteredFund,
  rulesFromData,
  rulesToData,
} from '@kongthun/welfare-domain';

type Satang<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };

/**
 * A registered fund's state as a JSON document: what the projection keeps between events, so the
 * next event is applied with the domain's own `evolve` to exactly the state a replay would give.
 * Money as decimal strings, maps and sets as arrays in their iteration order.
 */
export type FundStateJson = {
  fundId: string;
  name: string;
  areaCode: string;
  foundedOn: string;
  rules: FundRulesData[];
  committee: CommitteeMemberData[];
  relations: string[];
  members: Member[];
  claims: Satang<Claim, 'amount'>[];
  payouts: Satang<Payout, 'amount'>[];
  overrides: { overrideId: string; amount: string; used: boolean }[];
  recordedIds: string[];
  contributions?: Satang<ContributionEntry, 'amount'>[];
  matchings?: Satang<MatchingEntry, 'amount'>[];
  spendings?: Satang<SpendingEntry, 'amount'>[];
  ledger: {
    receivedBySource: Record<FundingSource, string>;
    benefitsPaid: string;
    adminSpent: string;
    contributionsByFiscalYear: [number, string][];
    matchingByFiscalYear: [number, Record<MatchingSource, string>][];
  };
};

const strings = <K extends string>(amounts: Readonly<Record<K, Money>>): Record<K, string> =>
  Object.fromEntries(Object.entries<Money>(amounts).map(([key, amount]) => [key, amount.toJSON()])) as Record<K, string>;

const monies = <K extends string>(amounts: Readonly<Record<K, string>>): Record<K, Money> =>
  Object.fromEntries(Object.entries<string>(amounts).map(([key, amount]) => [key, Money.fromJSON(amount)])) as Record<K, Money>;

export const fundStateToJson = (fund: RegisteredFund): FundStateJson => ({
  fundId: fund.fundId,
  name: fund.name,
  areaCode: fund.areaCode,
  foundedOn: fund.foundedOn,
  rules: fund.rules.map(rulesToData),
  committee: [...fund.committee.values()],
  relations: [...fund.relations],
  members: [...fund.members.values()],
  claims: [...fund.claims.values()].map((claim) => ({ ...claim, amount: claim.amount.toJSON() })),
  payouts: [...fund.payouts.values()].map((payout) => ({ ...payout, amount: payout.amount.toJSON() })),
  overrides: [...fund.overrides.values()].map((override) => ({ ...override, amount: override.amount.toJSON() })),
  recordedIds: [...fund.recordedIds],
  contributions: [...fund.contributions.values()].map((entry) => ({ ...entry, amount: entry.amount.toJSON() })),
  matchings: [...fund.matchings.values()].map((entry) => ({ ...entry, amount: entry.amount.toJSON() })),
  spendings: [...fund.spendings.values()].map((entry) => ({ ...entry, amount: entry.amount.toJSON() })),
  ledger: {
    receivedBySource: strings(fund.ledger.receivedBySource),
    benefitsPaid: fund.ledger.benefitsPaid.toJSON(),
    adminSpent: fund.ledger.adminSpent.toJSON(),
    contributionsByFiscalYear: [...fund.ledger.contributionsByFiscalYear].map(([year, amount]) => [year, amount.toJSON()]),
    matchingByFiscalYear: [...fund.ledger.matchingByFiscalYear].map(([year, bySource]) => [year, strings(bySource)]),
  },
});

export const fundStateFromJson = (json: FundStateJson): RegisteredFund => ({
  status: 'Registered',
  fundId: json.fundId,
  name: json.name,
  areaCode: json.areaCode,
  foundedOn: json.foundedOn,
  rules: json.rules.map(rulesFromData),
  committee: new Map(json.committee.map((member) => [member.userId, member])),
  relations: new Set(json.relations),
  members: PersistentMap.of(json.members.map((member) => [member.memberId, member])),
  claims: PersistentMap.of(json.claims.map((claim) => [claim.claimId, { ...claim, amount: Money.fromJSON(claim.amount) }])),
  payouts: PersistentMap.of(json.payouts.map((payout) => [payout.payoutId, { ...payout, amount: Money.fromJSON(payout.amount) }])),
  overrides: new Map(json.overrides.map((override) => [override.overrideId, { ...override, amount: Money.fromJSON(override.amount) }])),
  recordedIds: new Set(json.recordedIds),
  // Absent from documents written before reversals existed: rebuilding the views fills them.
  contributions: PersistentMap.of(
    (json.contributions ?? []).map((entry) => [entry.contributionId, { ...entry, amount: Money.fromJSON(entry.amount) }]),
  ),
  matchings: new Map((json.matchings ?? []).map((entry) => [entry.matchingId, { ...entry, amount: Money.fromJSON(entry.amount) }])),
  spendings: new Map((json.spendings ?? []).map((entry) => [entry.spendingId, { ...entry, amount: Money.fromJSON(entry.amount) }])),
  ledger: {
    receivedBySource: monies(json.ledger.receivedBySource),
    benefitsPaid: Money.fromJSON(json.ledger.benefitsPaid),
    adminSpent: Money.fromJSON(json.ledger.adminSpent),
    contributionsByFiscalYear: new Map(json.ledger.contributionsByFiscalYear.map(([year, amount]) => [year, Money.fromJSON(amount)])),
    matchingByFiscalYear: new Map(json.ledger.matchingByFiscalYear.map(([year, bySource]) => [year, monies(bySource)])),
  },
});
