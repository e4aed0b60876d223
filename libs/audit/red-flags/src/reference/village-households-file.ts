import { z } from 'zod/v4';
import { DomainError } from '@kongthun/kernel';
import { VillageHouseholdCount } from './red-flag-reference';

/**
 * An import of village household counts (e.g. DOPA's monthly statistic of houses by village):
 * one source and day for the whole file, then one line per village. At most 2,000 villages a
 * file (what the API's 100 KB body holds), so a province or a district at a time.
 */
export const villageHouseholdsFileSchema = z.strictObject({
  source: z.string().min(1).max(300),
  asOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a calendar day YYYY-MM-DD'),
  villages: z
    .array(
      z.strictObject({ villageCode: z.string().regex(/^\d{8}$/, 'a village code of 8 digits'), households: z.int().min(0).max(1_000_000) }),
    )
    .min(1)
    .max(2_000),
});

export type VillageHouseholdsFile = z.output<typeof villageHouseholdsFileSchema>;

/** The counts of a file; refuses a malformed file or one naming a village twice (`red-flags.village-households-invalid`). */
export const parseVillageHouseholds = (input: unknown): VillageHouseholdCount[] => {
  const parsed = villageHouseholdsFileSchema.safeParse(input);
  const refuse = (field: string, message: string): never => {
    throw new DomainError('red-flags.village-households-invalid', `Village household counts: ${field}: ${message}`, {
      messageTh: `ไฟล์จำนวนครัวเรือนรายหมู่บ้านไม่ถูกต้อง: ${field}`,
      details: { field },
    });
  };
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue.path.join('.') || '(root)', issue.message);
  }
  const { source, asOf, villages } = parsed.data;
  const seen = new Set<string>();
  for (const [i, { villageCode }] of villages.entries()) {
    if (seen.has(villageCode)) refuse(`villages.${i}.villageCode`, `${villageCode} appears twice`);
    seen.add(villageCode);
  }
  return villages.map(({ villageCode, households }) => ({ villageCode, households, source, asOf }));
};
