/**
 * Where a fund's events live (see the README, "Streams: the cut"). No stream here grows with the
 * fund's age: governance with resolutions, a member and the books with one year each.
 */

/** Registration, rules versions, committee, declared relations, administration overrides. */
export const governanceStreamId = (fundId: string): string => `welfare-fund-${fundId}`;

/**
 * One member's fiscal year (BE, Oct–Sep): enrolment, contributions and their reversals, status, claims
 * and their approvals, opened with what the years before left standing (`welfare.member.year-opened`).
 */
export const memberStreamId = (fundId: string, memberId: string, fiscalYear: number): string =>
  `welfare-member-${fundId}-${memberId}-${fiscalYear}`;

/** The fund-level money recorded in one fiscal year (BE, Oct–Sep), opened and closed. */
export const booksStreamId = (fundId: string, fiscalYear: number): string => `welfare-books-${fundId}-${fiscalYear}`;

/** One entry per enrolment (member id and keyed citizen-ID hash): one live membership per person. */
export const rosterStreamId = (fundId: string): string => `welfare-roster-${fundId}`;

/** Which fiscal year's books hold the payout, matching money or spending named `id`. */
export const moneyIdStreamId = (fundId: string, kind: string, id: string): string => `welfare-ids-${fundId}-${kind}-${id}`;

/** Which member a claim belongs to, written once: claim ids are unique in the fund. */
export const claimIndexStreamId = (fundId: string, claimId: string): string => `welfare-claim-${fundId}-${claimId}`;
