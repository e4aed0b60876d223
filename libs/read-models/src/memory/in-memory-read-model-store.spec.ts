import { readModelStoreContract } from '../testing/read-model-store-contract';
import { InMemoryReadModelStore } from './in-memory-read-model-store';

describe('InMemoryReadModelStore', () => {
  readModelStoreContract(async () => new InMemoryReadModelStore());
});
