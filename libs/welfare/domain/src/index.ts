export type { Decider } from '@kongthun/kernel';

// Calendar dates and the persistent map moved to the kernel; re-exported for the welfare libraries' callers.
export * from '@kongthun/kernel/calendar';
export { PersistentMap } from '@kongthun/kernel';

export * from './fund/fund-rules';
export * from './fund/fund-rules.data';
export * from './fund/fund.events';
export * from './fund/fund.commands';
export * from './fund/fund.state';
export { evolve } from './fund/fund.evolve';
export { decide, fundDecider } from './fund/fund.decider';
export * from './fund/fund.queries';

export * from './policies/admin-cost-cap';
export * from './policies/approval-quorum';
export * from './policies/benefit-entitlement';
export * from './policies/conflict-of-interest';
export * from './policies/contribution-amount';
export * from './policies/lapse';
export * from './policies/overdraft';
export * from './policies/three-party-matching';
export * from './policies/waiting-period';
export * from './policies/yearly-cap';

export * from './streams/stream-ids';
export * from './streams/stream-events';
export * from './streams/member-year';
export * from './books/books.state';
export * from './books/books.commands';
export * from './books/books.decider';
export * from './books/member-money';
