export { breakerStatus } from '@kongthun/breakers';
export type { BreakerState, BreakerStatus } from '@kongthun/breakers';
