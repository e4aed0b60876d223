/**
 * Worked examples of welfare's published rules (ตัวอย่างการคำนวณตามระเบียบ): shared by welfare's own
 * policies and by the auditor's independent arithmetic, whose tests both run every vector. A
 * disagreement fails one of them, instead of a bug being repeated by the code that checks it.
 * Days are `YYYY-MM-DD`; amounts are baht decimal strings as in the money contract.
 */

/** Whether an event on `eventDate` is past the waiting period of a member who joined on `enrolledOn` (day 1). */
export interface WaitingPeriodVector {
  name: string;
  enrolledOn: string;
  waitingPeriodDays: number;
  eventDate: string;
  eligible: boolean;
}

export const WAITING_PERIOD_VECTORS: readonly WaitingPeriodVector[] = [
  {
    name: '180 days from 1 January: 29 June is still waiting',
    enrolledOn: '2025-01-01',
    waitingPeriodDays: 180,
    eventDate: '2025-06-29',
    eligible: false,
  },
  {
    name: '180 days from 1 January: 30 June is the first covered day',
    enrolledOn: '2025-01-01',
    waitingPeriodDays: 180,
    eventDate: '2025-06-30',
    eligible: true,
  },
  {
    name: 'no waiting period: the joining day is covered',
    enrolledOn: '2025-03-01',
    waitingPeriodDays: 0,
    eventDate: '2025-03-01',
    eligible: true,
  },
  {
    name: 'an event before joining is never covered',
    enrolledOn: '2025-03-01',
    waitingPeriodDays: 0,
    eventDate: '2025-02-28',
    eligible: false,
  },
  {
    name: 'leap day counts: joined 28 Feb 2024, 2 days, 29 Feb still waiting',
    enrolledOn: '2024-02-28',
    waitingPeriodDays: 2,
    eventDate: '2024-02-29',
    eligible: false,
  },
  {
    name: 'leap day counts: joined 28 Feb 2024, 2 days, 1 March covered',
    enrolledOn: '2024-02-28',
    waitingPeriodDays: 2,
    eventDate: '2024-03-01',
    eligible: true,
  },
  {
    name: 'across the new year: joined 31 December, 1 day, 1 January covered',
    enrolledOn: '2024-12-31',
    waitingPeriodDays: 1,
    eventDate: '2025-01-01',
    eligible: true,
  },
  {
    name: '366 days from 1 March 2023: 29 February 2024 is day 366, still waiting',
    enrolledOn: '2023-03-01',
    waitingPeriodDays: 366,
    eventDate: '2024-02-29',
    eligible: false,
  },
];

export interface CappedClaimVector {
  eventDate: string;
  amount: string;
}

/** Whether `newClaim` stays within `cap` given the member's earlier claims of that benefit. */
export interface YearlyCapVector {
  name: string;
  cap: string;
  capYear: 'calendar' | 'fiscal';
  earlierClaims: readonly CappedClaimVector[];
  newClaim: CappedClaimVector;
  within: boolean;
}

export const YEARLY_CAP_VECTORS: readonly YearlyCapVector[] = [
  {
    name: 'reaching the cap exactly is allowed',
    cap: '1000.00',
    capYear: 'calendar',
    earlierClaims: [{ eventDate: '2025-03-01', amount: '600.00' }],
    newClaim: { eventDate: '2025-11-01', amount: '400.00' },
    within: true,
  },
  {
    name: 'one satang over the cap is not',
    cap: '1000.00',
    capYear: 'calendar',
    earlierClaims: [{ eventDate: '2025-03-01', amount: '600.00' }],
    newClaim: { eventDate: '2025-11-01', amount: '400.01' },
    within: false,
  },
  {
    name: 'a first claim above the cap is over',
    cap: '1000.00',
    capYear: 'fiscal',
    earlierClaims: [],
    newClaim: { eventDate: '2025-05-01', amount: '1000.01' },
    within: false,
  },
  {
    name: 'fiscal year: 30 September and 1 October are different years',
    cap: '1000.00',
    capYear: 'fiscal',
    earlierClaims: [{ eventDate: '2025-09-30', amount: '800.00' }],
    newClaim: { eventDate: '2025-10-01', amount: '800.00' },
    within: true,
  },
  {
    name: 'calendar year: 30 September and 1 October are the same year',
    cap: '1000.00',
    capYear: 'calendar',
    earlierClaims: [{ eventDate: '2025-09-30', amount: '800.00' }],
    newClaim: { eventDate: '2025-10-01', amount: '800.00' },
    within: false,
  },
  {
    name: 'fiscal year: October 2025 and September 2026 are one year (FY 2569)',
    cap: '1000.00',
    capYear: 'fiscal',
    earlierClaims: [{ eventDate: '2025-10-01', amount: '500.00' }],
    newClaim: { eventDate: '2026-09-30', amount: '600.00' },
    within: false,
  },
  {
    name: 'calendar year: 31 December and 1 January are different years',
    cap: '1000.00',
    capYear: 'calendar',
    earlierClaims: [{ eventDate: '2024-12-31', amount: '1000.00' }],
    newClaim: { eventDate: '2025-01-01', amount: '1000.00' },
    within: true,
  },
  {
    name: "only the claims of the new claim's year count",
    cap: '2000.00',
    capYear: 'fiscal',
    earlierClaims: [
      { eventDate: '2022-12-31', amount: '1000.00' },
      { eventDate: '2023-02-10', amount: '800.00' },
      { eventDate: '2023-11-05', amount: '600.00' },
    ],
    newClaim: { eventDate: '2023-06-01', amount: '200.01' },
    within: false,
  },
];
