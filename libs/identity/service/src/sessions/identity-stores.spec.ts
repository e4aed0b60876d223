import { InMemoryAccountStore } from '../accounts/account-store';
import { identityStoresContract } from './identity-stores.contract';
import { InMemoryRefreshTokenStore } from './refresh-token-store';

describe('identity stores in memory', () => {
  identityStoresContract(async () => ({ accounts: new InMemoryAccountStore(), refreshTokens: new InMemoryRefreshTokenStore() }));
});
