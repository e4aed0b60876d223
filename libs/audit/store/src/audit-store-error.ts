/** A refusal by the audit ledger store, with a stable dotted code the HTTP layer maps to a 4xx answer. */
export class AuditStoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AuditStoreError';
  }
}
