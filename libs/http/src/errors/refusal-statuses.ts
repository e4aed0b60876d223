/**
 * Every refusal code the services answer with, and its HTTP status: the one place a code gets its
 * status (nothing is guessed from its spelling). `refusal-statuses.spec.ts` reads the sources and
 * fails when a code is thrown in libs/ that is not listed here, so add a new code here first.
 *
 * 400 the request itself is malformed; 401/403 who is asking; 404 what it names does not exist;
 * 409 it was already done (or raced); 410 gone on purpose; 413 too large; 422 a business rule
 * refused it; 5xx the server cannot tell what happened.
 */
export const REFUSAL_STATUSES = {
  'admin-override.already-used': 409, 'admin-override.approver-not-committee': 422, 'admin-override.duplicate': 409,
  'admin-override.exceeded': 422, 'admin-override.not-found': 404, 'admin-override.quorum-not-met': 422,
  'admin-override.recorder-not-approver': 422,

  'admin.amount-not-positive': 422, 'admin.cap-exceeded': 422, 'admin.document-required': 422, 'admin.duplicate': 409,
  'admin.overdraft': 422, 'admin.purpose-required': 422, 'admin.resolution-required': 422,

  'area.length': 422, 'area.not-digits': 422, 'area.province-out-of-range': 422, 'area.unknown': 422, 'area.zero-segment': 422,

  'audit.case.not-found': 404, 'audit.empty-evidence': 422, 'audit.event.not-found': 404, 
  'audit.finding.not-found': 404, 'audit.foreign-tree-head': 422, 'audit.fund.not-found': 404, 'audit.invalid-signature': 422,
  'audit.leaf-outside-tree': 422, 'audit.malformed-event': 422, 'audit.malformed-tree-head': 422, 'audit.no-such-tree-size': 422,
  'audit.not-yet-signed': 422, 'audit.tree-head-mismatch': 422, 'audit.tree-head.not-found': 404, 'audit.unknown-event': 422,
  'audit.unknown-tree-head': 422, 'audit.unsigned-tree-head': 422, 'audit.unit.not-found': 404,
  'audit.witness.already-registered': 409, 'audit.witness.already-revoked': 409, 'audit.witness.invalid-key': 400,
  'audit.witness.invalid-name': 400, 'audit.witness.not-found': 404, 'audit.witness.not-registered': 422, 'audit.witness.revoked': 422,

  'auth.chair-required': 403, 'auth.forbidden': 403, 'auth.invalid-token': 401, 'auth.missing-token': 401,
  'auth.out-of-scope': 403,

  'case.already-closed': 409, 'case.already-exists': 409, 'case.already-investigating': 409, 'case.finding-required': 422,
  'case.id-required': 422, 'case.not-auditor': 422, 'case.not-found': 404, 'case.not-investigating': 422,
  'case.note-duplicate': 422, 'case.note-id-required': 422, 'case.note-text-required': 422, 'case.reason-required': 422,
  'case.referral-agency-required': 422, 'case.referral-agency-unexpected': 422, 'case.resolution-invalid': 422,
  'case.rule-invalid': 422, 'case.severity-invalid': 422, 'case.summary-required': 422,

  'citizen-id.check-digit': 422, 'citizen-id.hash-key-too-short': 422, 'keyed-hash.key-too-short': 500, 'red-flags.state-invalid': 500, 'citizen-id.leading-zero': 422, 'citizen-id.length': 422,
  'citizen-id.not-digits': 422,

  'claim.already-approved-by-approver': 409, 'claim.already-claimed': 409, 'claim.already-paid': 409,
  'claim.amount-above-entitlement': 422, 'claim.amount-not-positive': 422, 'claim.amount-words-mismatch': 422, 'matching.amount-words-mismatch': 422, 'matching.amount-words-unreadable': 422,
  'claim.amount-words-unreadable': 422, 'claim.approver-not-committee': 422, 'claim.benefit-not-in-rules': 422,
  'claim.conflict-of-interest': 422, 'claim.death-not-recorded': 422, 'claim.duplicate': 409, 'claim.evidence-required': 422,
  'claim.hospital-nights-required': 422, 'claim.maker-cannot-approve': 422, 'claim.not-approved': 422,
  'claim.not-awaiting-approval': 422, 'claim.not-date-of-death': 422, 'claim.not-found': 404, 'claim.reason-required': 422,
  'claim.waiting-period': 422, 'claim.yearly-cap-exceeded': 422,

  'committee.already-member': 409, 'committee.chair-taken': 422, 'committee.duplicate-member': 422, 'committee.incomplete': 422,
  'committee.not-a-member': 422, 'committee.personal-data-required': 422, 'committee.reason-required': 422,
  'committee.relationship-required': 422,

  'contribution.not-found': 404, 'contribution.already-reversed': 409, 'contribution.not-latest': 422, 'contribution.reversal-overdraws': 422,
  'matching-funds.not-found': 404, 'matching-funds.already-reversed': 409, 'matching-funds.reversal-overdraws': 422,
  'admin-spending.not-found': 404, 'admin-spending.already-reversed': 409,
  'contribution.reason-required': 422, 'matching-funds.reason-required': 422, 'admin-spending.reason-required': 422,
  'contribution.amount-mismatch': 422, 'contribution.before-enrolment': 422, 'contribution.duplicate': 409,
  'contribution.months-invalid': 422, 'contribution.plan-not-in-rules': 422, 'contribution.receipt-required': 422,

  'date.before-founding': 422, 'date.buddhist-calendar-unavailable': 422, 'date.in-future': 422, 'date.invalid': 422,
  'date.invalid-year': 422, 'date.malformed': 422, 'date.style-unsupported': 422,

  'eventstore.append-too-large': 400, 'eventstore.append-unconfirmed': 503, 'eventstore.duplicate-event-id': 409,
  'eventstore.empty-append': 400, 'eventstore.event-too-large': 400, 'eventstore.invalid-checkpoint': 400,
  'eventstore.invalid-event-id': 400, 'eventstore.invalid-event-type': 400, 'eventstore.invalid-schema-version': 400,
  'eventstore.invalid-stream-id': 400, 'eventstore.missing-metadata': 400, 'eventstore.position-unavailable': 500,
  'eventstore.stream-deleted': 410, 'eventstore.stream-inconsistent': 500, 'eventstore.unreadable-event': 500,
  'eventstore.wrong-expected-revision': 409,

  'fiscal-year.out-of-range': 422,

  'fund.already-registered': 409, 'fund.area-not-subdistrict': 422, 'fund.name-required': 422, 'fund.not-found': 404,
  'fund.not-registered': 422,

  'idempotency.in-progress': 409, 'idempotency.key-invalid': 400, 'idempotency.key-reused': 422,

  'matching.amount-not-positive': 422, 'matching.document-required': 422, 'matching.duplicate': 409,
  'matching.source-name-required': 422, 'matching.unknown-source': 422,

  'member.already-deceased': 409, 'member.already-enrolled': 409, 'member.beneficiary-is-member': 422,
  'member.beneficiary-required': 422, 'member.deceased': 422, 'member.died-before-enrolment': 422, 'member.duplicate': 409,
  'member.enrolled-before-founding': 422, 'member.erasure-ground-unknown': 422, 'member.erasure-request-required': 422,
  'member.evidence-required': 422, 'member.joining-fee-mismatch': 422, 'member.lapsed': 422, 'member.not-active': 422,
  'member.not-found': 404, 'member.personal-data-required': 422, 'member.plan-not-in-rules': 422, 'member.reason-required': 422,

  'money.above-limit': 400, 'money.empty': 422, 'money.fractional-satang': 422, 'money.malformed': 422, 'money.negative': 422,
  'money.not-integer': 422, 'money.too-large-for-words': 422, 'money.unsafe-integer': 422, 'money.words-unreadable': 422,
  'money.words-unverified': 422,

  'payout.already-reversed': 409, 'payout.before-approval': 422, 'payout.duplicate': 409, 'payout.not-found': 404,
  'payout.overdraft': 422, 'payout.reason-required': 422, 'payout.reference-required': 422, 'payout.payee-account-required': 422, 'payee-account.invalid': 400, 'payout.unknown-method': 422,

  'personal-data.already-erased': 409, 'personal-data.erased': 410, 'personal-data.not-found': 404,

  'read-model.behind': 503,

  'red-flags.config-invalid': 422,

  'request.control-character': 400, 'request.invalid': 400, 'request.invalid-size': 400, 'request.invalid-time': 400, 'request.invalid-date': 400, 'request.invalid-limit': 400, 'request.invalid-cursor': 400,
  'request.not-found': 404, 'request.too-large': 413, 'request.unknown-fields': 400,

  'rules.invalid': 422, 'rules.none-in-force': 422, 'rules.not-after-latest': 422, 'rules.resolution-required': 422,
  'rules.retroactive': 422,
} as const satisfies Record<string, RefusalStatus>;

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 500 | 503;
export type RefusalCode = keyof typeof REFUSAL_STATUSES;

export const isRefusalCode = (code: string): code is RefusalCode => Object.prototype.hasOwnProperty.call(REFUSAL_STATUSES, code);

/** The status of a listed code; undefined for a code missing from the table (a bug the spec catches). */
export const statusOfCode = (code: string): RefusalStatus | undefined => (isRefusalCode(code) ? REFUSAL_STATUSES[code] : undefined);
