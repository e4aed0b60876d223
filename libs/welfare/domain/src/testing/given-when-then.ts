// The one given/when/then kit of every context lives in the kernel's testing entry.
export { deciderSpec } from '@kongthun/kernel/testing';
