import { readFileSync } from 'node:fs';
import { INestApplication } from '@nestjs/common';
import { parseVillageHouseholds } from '@kongthun/audit-red-flags';
import { AuditJobs } from '@kongthun/audit-service';

/** The sample counts of the Chumphon demo's villages (sample figures, not DOPA's statistic). */
export const DEMO_VILLAGE_HOUSEHOLDS_FILE = 'config/village-households/chumphon-demo.json';

/**
 * Imports village household counts into the embedded auditor, as an audit office does with
 * `PUT /api/audit/village-households`; importing the same file again changes nothing.
 */
export const loadDemoVillageHouseholds = async (app: INestApplication, path: string = DEMO_VILLAGE_HOUSEHOLDS_FILE) =>
  app.get(AuditJobs).importVillageHouseholds(parseVillageHouseholds(JSON.parse(readFileSync(path, 'utf8'))));
