/**
 * A village's household count from an official statistic, e.g. the Department of Provincial
 * Administration's monthly count of houses by village (สถิติจำนวนบ้าน กรมการปกครอง). Relief
 * registers one household per house-registration number, so houses are what registrations compare to.
 */
export interface VillageHouseholdCount {
  /** Subdistrict code and หมู่ที่: 8 digits. */
  villageCode: string;
  households: number;
  /** Where the count comes from, cited in every finding that uses it. */
  source: string;
  /** The day the statistic describes (YYYY-MM-DD). */
  asOf: string;
}

/**
 * Facts the auditor holds that no programme publishes: imported by the audit office, read by the
 * rules beside the thresholds. Unlike the money log they may be replaced by a newer statistic.
 */
export interface RedFlagReference {
  villageHouseholds: ReadonlyMap<string, VillageHouseholdCount>;
}

export const NO_REFERENCE: RedFlagReference = Object.freeze({ villageHouseholds: new Map<string, VillageHouseholdCount>() });

export const redFlagReference = (villageHouseholds: Iterable<VillageHouseholdCount>): RedFlagReference => ({
  villageHouseholds: new Map([...villageHouseholds].map((count) => [count.villageCode, count])),
});
