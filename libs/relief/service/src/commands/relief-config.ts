import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED_RATE_FILES } from '@kongthun/relief-data';
import {
  ApprovalTier,
  FloodBandTable,
  ItemRateTable,
  parseApprovalTiers,
  parseFloodBandTables,
  parseItemRateTables,
} from '@kongthun/relief-domain';

/** What the relief service reads from files at start: rate tables and approval tiers, never code. */
export interface ReliefConfig {
  itemTables: ItemRateTable[];
  bandTables: FloodBandTable[];
  tiers: ApprovalTier[];
}

export const RELIEF_CONFIG = Symbol('relief.config');

const DEFAULT_TIERS = join(__dirname, '../../../../../config/relief-approval-tiers.json');

/**
 * Rate tables from `KONGTHUN_RELIEF_RATES_DIR` (files `mof-advance-fund-rates.json` and
 * `cabinet-flood-bands.json`) or the shipped `libs/relief/data`; tiers from
 * `KONGTHUN_RELIEF_APPROVAL_TIERS_FILE` or `config/relief-approval-tiers.json`.
 */
export const reliefConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): ReliefConfig => {
  const dir = env.KONGTHUN_RELIEF_RATES_DIR;
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return {
    itemTables: parseItemRateTables(dir ? read(join(dir, 'mof-advance-fund-rates.json')) : SHIPPED_RATE_FILES.itemRates),
    bandTables: parseFloodBandTables(dir ? read(join(dir, 'cabinet-flood-bands.json')) : SHIPPED_RATE_FILES.floodBands),
    tiers: parseApprovalTiers(read(env.KONGTHUN_RELIEF_APPROVAL_TIERS_FILE ?? DEFAULT_TIERS)),
  };
};
