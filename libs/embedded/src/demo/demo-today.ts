import { dateOfInstant } from '@kongthun/welfare-domain';

/**
 * Today in Bangkok. The demo's approvals are recorded as of now (the handler's clock), and a payout
 * may not be dated before its approval, so the demo pays, and reverses, today.
 */
export const demoToday = (): string => dateOfInstant(new Date().toISOString());
