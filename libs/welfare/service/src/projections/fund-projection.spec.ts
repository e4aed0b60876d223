import { InMemoryReadModelStore } from '@kongthun/read-models';
import { fundProjectionScenarios } from './testing/fund-projection-scenarios';

describe("fund views projection, in memory (the embedded host's adapter)", () => {
  fundProjectionScenarios({ open: async () => new InMemoryReadModelStore() });
});
