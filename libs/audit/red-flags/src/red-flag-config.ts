import { z } from 'zod/v4';
import { DomainError } from '@kongthun/kernel';
import { RED_FLAG_RULE_IDS, RedFlagRuleId } from './finding';

/**
 * Thresholds of the red-flag rules (เกณฑ์ธงแดง). They are policy, not code: an audit office tunes
 * them per deployment in a JSON file or the environment, and every finding cites the one it used.
 */
export interface RedFlagConfig {
  /** The same need paid twice (จ่ายซ้ำซ้อน). */
  duplicatePayment: {
    /**
     * Purpose categories that are one need across programmes, e.g. `[["welfare:sickness", "relief:medical"]]`.
     * An entry is `programme:purpose` or a bare `purpose` (any programme). Equal purposes always overlap.
     */
    overlappingPurposes: readonly (readonly string[])[];
    /** Payments whose need ended more than this many days before a new one's are forgotten (bounds the state per person). */
    lookbackDays: number;
  };
  /** Several payments just under an approval limit (แบ่งจ่ายเลี่ยงวงเงินอนุมัติ). */
  splitPayments: {
    /** Payments count together when made within this many days of each other. */
    windowDays: number;
    /** "Just under": below the limit and at least the limit less this percent of it. */
    marginPercent: number;
    /** How many such payments to one recipient make a finding (they must also sum over the limit). */
    minPayments: number;
  };
  /** One account paid for many people (บัญชีรับเงินแทนหลายคน). */
  sharedAccount: {
    /** Distinct people (by citizen-ID hash) paid into one account that make a finding. */
    minDistinctPeople: number;
  };
  /** One recipient winning this many awards of one programme within the window (กระจุกตัว). */
  awardConcentration: {
    windowDays: number;
    minAwards: number;
  };
  /** A village with more registered households than it has (ครัวเรือนที่ลงทะเบียนเกินจำนวนจริงของหมู่บ้าน). */
  villageHouseholds: {
    /**
     * Registrations may exceed the village's reference count by this percent before a finding: the
     * DOPA statistic is published monthly and lags new house numbers by weeks, so an exact 0 flags
     * a village for a house built last month.
     */
    tolerancePercent: number;
  };
  /** One certifier (village head, kamnan) far above their peers in one unit (ผู้รับรองรายเดียวรับรองมากผิดปกติ). */
  certifierPeers: {
    /** A certifier is flagged above this multiple of the median of their peers' certifications. */
    medianMultiple: number;
    /** Fewer other certifiers than this in the unit are too few to call anyone an outlier. */
    minPeers: number;
    /** Fewer certifications than this are never an outlier, however small the peers' median. */
    minCertifications: number;
  };
  /** Rules switched off for this deployment. */
  disabledRules: readonly RedFlagRuleId[];
}

export const DEFAULT_RED_FLAG_CONFIG: RedFlagConfig = Object.freeze({
  duplicatePayment: Object.freeze({ overlappingPurposes: Object.freeze([]), lookbackDays: 730 }),
  splitPayments: Object.freeze({ windowDays: 30, marginPercent: 10, minPayments: 2 }),
  sharedAccount: Object.freeze({ minDistinctPeople: 3 }),
  awardConcentration: Object.freeze({ windowDays: 90, minAwards: 3 }),
  villageHouseholds: Object.freeze({ tolerancePercent: 5 }),
  certifierPeers: Object.freeze({ medianMultiple: 3, minPeers: 4, minCertifications: 20 }),
  disabledRules: Object.freeze([]),
});

const whole = (min: number, max: number) => z.int().min(min).max(max);

/** The file's shape: every section and field optional, nothing unknown (a typo must not silently keep a default). */
export const redFlagConfigSchema = z.strictObject({
  duplicatePayment: z
    .strictObject({
      overlappingPurposes: z.array(z.array(z.string().regex(/^([a-z][a-z-]{1,39}:)?[^:\s]{1,200}$/)).min(2)),
      lookbackDays: whole(1, 36_600),
    })
    .partial()
    .optional(),
  splitPayments: z
    .strictObject({
      windowDays: whole(0, 3660),
      marginPercent: whole(0, 100),
      minPayments: whole(2, 1000),
    })
    .partial()
    .optional(),
  sharedAccount: z
    .strictObject({ minDistinctPeople: whole(2, 100_000) })
    .partial()
    .optional(),
  awardConcentration: z
    .strictObject({ windowDays: whole(1, 3660), minAwards: whole(2, 1000) })
    .partial()
    .optional(),
  villageHouseholds: z
    .strictObject({ tolerancePercent: z.number().min(0).max(100) })
    .partial()
    .optional(),
  certifierPeers: z
    .strictObject({ medianMultiple: z.number().min(1).max(1000), minPeers: whole(1, 100_000), minCertifications: whole(1, 1_000_000) })
    .partial()
    .optional(),
  disabledRules: z.array(z.enum(RED_FLAG_RULE_IDS)).optional(),
});

export type RedFlagConfigInput = z.input<typeof redFlagConfigSchema>;

/** The defaults with the given values over them; refuses values no rule could apply (`red-flags.config-invalid`). */
export const parseRedFlagConfig = (input: unknown = {}): RedFlagConfig => {
  const parsed = redFlagConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(root)';
    throw new DomainError('red-flags.config-invalid', `Red-flag configuration: ${field}: ${issue.message}`, {
      messageTh: `การตั้งค่าธงแดงไม่ถูกต้อง: ${field}`,
      details: { field },
    });
  }
  const given = parsed.data;
  return {
    duplicatePayment: { ...DEFAULT_RED_FLAG_CONFIG.duplicatePayment, ...given.duplicatePayment },
    splitPayments: { ...DEFAULT_RED_FLAG_CONFIG.splitPayments, ...given.splitPayments },
    sharedAccount: { ...DEFAULT_RED_FLAG_CONFIG.sharedAccount, ...given.sharedAccount },
    awardConcentration: { ...DEFAULT_RED_FLAG_CONFIG.awardConcentration, ...given.awardConcentration },
    villageHouseholds: { ...DEFAULT_RED_FLAG_CONFIG.villageHouseholds, ...given.villageHouseholds },
    certifierPeers: { ...DEFAULT_RED_FLAG_CONFIG.certifierPeers, ...given.certifierPeers },
    disabledRules: given.disabledRules ?? [],
  };
};

/** The same as {@link parseRedFlagConfig}, typed for code that builds the input itself. */
export const redFlagConfig = (input: RedFlagConfigInput = {}): RedFlagConfig => parseRedFlagConfig(input);
