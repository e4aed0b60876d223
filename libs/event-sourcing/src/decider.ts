// The one decider type lives in the kernel, where domain libraries can reach it too.
export { fold } from '@kongthun/kernel';
export type { Decider } from '@kongthun/kernel';
