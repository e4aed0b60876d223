/** Injection tokens of the audit module: what a host hands it. */
export const AUDIT_LEDGER = Symbol('audit.ledger');
export const AUDIT_EVENT_STORE = Symbol('audit.event-store');
export const AUDIT_OPTIONS = Symbol('audit.options');
/** The money log (`MoneyLogStore`) in the ledger's database: every money-contract message received. */
export const AUDIT_MONEY_LOG = Symbol('audit.money-log');
