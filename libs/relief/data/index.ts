import cabinetFloodBands from './cabinet-flood-bands.json';
import mofAdvanceFundRates from './mof-advance-fund-rates.json';

/** The rate files as they ship (raw JSON): parse them with the domain's `parseItemRateTables` / `parseFloodBandTables`. */
export const SHIPPED_RATE_FILES: { itemRates: unknown; floodBands: unknown } = { itemRates: mofAdvanceFundRates, floodBands: cabinetFloodBands };
