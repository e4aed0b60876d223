import { MoneyMessage } from '@kongthun/money-contract';
import { RedFlagConfig } from '../red-flag-config';
import { RedFlagReference, VillageHouseholdCount } from '../reference/red-flag-reference';
import { Evidence, evidenceOf } from './evidence';
import { keyOf } from './red-flag-state';
import { emptyTable, ShardedTable, tableGet, tableSet } from './sharded-table';
import type { RedFlagState } from './red-flag-state';

/** Registrations of one unit in one village, and whether the village was flagged. */
export interface VillageTally {
  programme: string;
  unitId: string;
  villageCode: string;
  count: number;
  flagged: boolean;
  /** The newest registration: the evidence when a later reference count shows the village over. */
  latest: Evidence;
}

/** Certifications by one certifier in one unit. */
export interface CertifierTally {
  count: number;
  flagged: boolean;
  latest: Evidence;
}

/** Per unit: how many certifiers hold each count (the median without a sort of every certifier), and the top one. */
export interface CertifierPeers {
  /** Certification count → number of certifiers with that count. */
  histogram: Record<string, number>;
  certifiers: number;
  top: { certifierIdHash: string; count: number } | null;
}

/**
 * What the registration rules remember, read from `money.beneficiary.registered` only: counts
 * per unit and village, per unit and certifier, and each unit's spread of certifier counts.
 * Kept apart from the rest of the state; a checkpoint written before it existed reads as empty.
 */
export interface RegistrationTrails {
  villages: ShardedTable<VillageTally>;
  certifiers: ShardedTable<CertifierTally>;
  peers: ShardedTable<CertifierPeers>;
}

export const emptyRegistrationTrails = (): RegistrationTrails => ({
  villages: emptyTable(),
  certifiers: emptyTable(),
  peers: emptyTable(),
});

export const registrationTrailsOf = (state: RedFlagState): RegistrationTrails => state.registrations ?? emptyRegistrationTrails();

/** Registrations allowed in a village before a finding: its count plus the tolerance, rounded down. */
export const villageLimitOf = (reference: VillageHouseholdCount, config: RedFlagConfig): number =>
  Math.floor((reference.households * (100 + config.villageHouseholds.tolerancePercent)) / 100);

/** The median of a histogram of counts, with one certifier at `excluded` left out (their peers only). */
export const medianOf = (histogram: Readonly<Record<string, number>>, excluded: number): number | null => {
  const counts = Object.entries(histogram)
    .map(([count, certifiers]) => [Number(count), certifiers - (Number(count) === excluded ? 1 : 0)] as const)
    .filter(([, certifiers]) => certifiers > 0)
    .sort(([a], [b]) => a - b);
  const total = counts.reduce((sum, [, certifiers]) => sum + certifiers, 0);
  if (total === 0) return null;
  const at = (position: number): number => {
    let seen = 0;
    for (const [count, certifiers] of counts) {
      seen += certifiers;
      if (position < seen) return count;
    }
    return counts[counts.length - 1][0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
};

export interface VillageOver {
  tally: VillageTally;
  reference: VillageHouseholdCount;
  limit: number;
}

export interface CertifierOutlier {
  certifierIdHash: string;
  tally: CertifierTally;
  peers: number;
  peerMedian: number;
}

export interface RegistrationOutcome {
  trails: RegistrationTrails;
  /** The village this registration took over its reference count (once per unit and village). */
  villageOver: VillageOver | null;
  /** Certifiers now far above their peers: the registering one, and the unit's top one. */
  outliers: CertifierOutlier[];
}

const withPeerCount = (peers: CertifierPeers, certifierIdHash: string, from: number): CertifierPeers => {
  const histogram = { ...peers.histogram };
  if (from > 0) {
    histogram[from] -= 1;
    if (histogram[from] === 0) delete histogram[from];
  }
  histogram[from + 1] = (histogram[from + 1] ?? 0) + 1;
  const top = peers.top === null || from + 1 > peers.top.count ? { certifierIdHash, count: from + 1 } : peers.top;
  return { histogram, certifiers: peers.certifiers + (from === 0 ? 1 : 0), top };
};

/**
 * The trails after one registration and what they show. The registering certifier is checked, and
 * so is the unit's top certifier: when a register is imported village by village, the top one's
 * certifications all arrive before most peers are seen, so checking them only on their own
 * registrations would never see the peers' median.
 */
export const registrationOutcome = (
  state: RedFlagState,
  message: MoneyMessage,
  config: RedFlagConfig,
  reference: RedFlagReference,
): RegistrationOutcome | null => {
  if (message.type !== 'money.beneficiary.registered') return null;
  const trails = registrationTrailsOf(state);
  const { programme, unitId } = message;
  const { villageCode, certifiedBy } = message.data;
  const evidence = evidenceOf(message);

  const villageKey = keyOf(programme, unitId, villageCode);
  const before = tableGet(trails.villages, villageKey);
  const count = (before?.count ?? 0) + 1;
  const villageReference = reference.villageHouseholds.get(villageCode);
  const limit = villageReference === undefined ? null : villageLimitOf(villageReference, config);
  const over = limit !== null && count > limit && !(before?.flagged ?? false);
  const village: VillageTally = { programme, unitId, villageCode, count, flagged: (before?.flagged ?? false) || over, latest: evidence };
  let next: RegistrationTrails = { ...trails, villages: tableSet(trails.villages, villageKey, village) };
  const villageOver =
    over && villageReference !== undefined && limit !== null ? { tally: village, reference: villageReference, limit } : null;
  if (certifiedBy === null) return { trails: next, villageOver, outliers: [] };

  const unitKey = keyOf(programme, unitId);
  const certifierKey = (hash: string) => keyOf(programme, unitId, hash);
  const own = tableGet(trails.certifiers, certifierKey(certifiedBy.certifierIdHash));
  const peers = withPeerCount(
    tableGet(trails.peers, unitKey) ?? { histogram: {}, certifiers: 0, top: null },
    certifiedBy.certifierIdHash,
    own?.count ?? 0,
  );
  let certifiers = tableSet(trails.certifiers, certifierKey(certifiedBy.certifierIdHash), {
    count: (own?.count ?? 0) + 1,
    flagged: own?.flagged ?? false,
    latest: evidence,
  });
  const { medianMultiple, minPeers, minCertifications } = config.certifierPeers;
  const outliers: CertifierOutlier[] = [];
  for (const hash of new Set([certifiedBy.certifierIdHash, ...(peers.top === null ? [] : [peers.top.certifierIdHash])])) {
    const tally = tableGet(certifiers, certifierKey(hash));
    if (tally === undefined || tally.flagged || tally.count < minCertifications || peers.certifiers - 1 < minPeers) continue;
    const peerMedian = medianOf(peers.histogram, tally.count);
    if (peerMedian === null || tally.count <= peerMedian * medianMultiple) continue;
    const flagged = { ...tally, flagged: true };
    certifiers = tableSet(certifiers, certifierKey(hash), flagged);
    outliers.push({ certifierIdHash: hash, tally: flagged, peers: peers.certifiers - 1, peerMedian });
  }
  next = { ...next, certifiers, peers: tableSet(trails.peers, unitKey, peers) };
  return { trails: next, villageOver, outliers };
};

/** The state after one message (the rules have already read the state before it). */
export const applyRegistrationTrails = (
  state: RedFlagState,
  message: MoneyMessage,
  config: RedFlagConfig,
  reference: RedFlagReference,
): RedFlagState => {
  const outcome = registrationOutcome(state, message, config, reference);
  return outcome === null ? state : { ...state, registrations: outcome.trails };
};
