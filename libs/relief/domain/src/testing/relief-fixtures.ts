import { KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { ZoneFacts } from '../households/household.commands';
import { HouseholdRegistration } from '../households/household.events';
import { bucketOf } from '../households/household-buckets';
import { ItemRateTable, FloodBandTable, parseFloodBandTables, parseItemRateTables } from '../rates/rate-table';
import { SHIPPED_RATE_FILES } from '@kongthun/relief-data';

export const hasher = new KeyedHasher('relief-domain-tests-key-32-bytes');
export const at = (day: string, userId = 'officer-1', role = 'relief-officer') => ({
  now: `${day}T03:00:00.000Z`,
  actor: { userId, role },
});

/** A valid citizen ID numbered `n` (check digit computed). */
export const citizenId = (n: number): string => {
  const base = `3860100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};
export const personHash = (n: number) => hasher.citizenId(ThaiCitizenId.parse(citizenId(n)));

/** Chumphon: Tha Taphao (860102) and Bang Mak village 3 (86010403), flood of 2025. */
export const ZONE: ZoneFacts = {
  declarationId: 'cp-flood-2568',
  areaCodes: ['860102', '86010403'],
  from: '2025-11-20',
  until: '2026-02-20',
  disasterDate: '2025-11-20',
  householdBuckets: 1,
};

export const household = (n: number, overrides: Partial<HouseholdRegistration> = {}): HouseholdRegistration => ({
  householdId: hasher.account(`86010200${String(n).padStart(4, '0')}`),
  villageCode: '86010201',
  head: { citizenIdHash: personHash(n), personalDataRef: `pd-head-${n}` },
  members: [{ citizenIdHash: personHash(1000 + n), personalDataRef: `pd-member-${n}` }],
  certifiedBy: { documentRef: `cert-${n}`, certifierIdHash: personHash(9000) },
  communityMeetingRef: 'meeting-86010201-1',
  accountHash: hasher.account(`02012345${String(n).padStart(4, '0')}`),
  method: 'bank-transfer',
  ...overrides,
});

export const ITEM_TABLES: ItemRateTable[] = parseItemRateTables(SHIPPED_RATE_FILES.itemRates);
export const BAND_TABLES: FloodBandTable[] = parseFloodBandTables(SHIPPED_RATE_FILES.floodBands);
export const bucketOfHousehold = (registration: HouseholdRegistration, buckets = ZONE.householdBuckets) =>
  bucketOf(registration.householdId, buckets);
