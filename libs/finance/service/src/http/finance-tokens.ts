export const FINANCE_STORE = Symbol('FINANCE_STORE');
