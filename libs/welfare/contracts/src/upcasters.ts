import { UpcasterRegistry } from '@kongthun/money-contract';

export { UpcasterRegistry } from '@kongthun/money-contract';
export type { Upcaster } from '@kongthun/money-contract';

/** No welfare event has a second version yet; new versions register here. */
export const welfareUpcasters = new UpcasterRegistry();
