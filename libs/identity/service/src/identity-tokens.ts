/** Nest injection tokens of the identity module's ports. */
export const ACCOUNT_STORE = Symbol('identity.account-store');
export const REFRESH_TOKEN_STORE = Symbol('identity.refresh-token-store');
export const SESSION_OPTIONS = Symbol('identity.session-options');
