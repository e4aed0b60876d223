import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuthenticatedActor, CredentialResolver, CredentialResolvers } from '@kongthun/http';
import { ApiKeyStore } from './api-key-store';

export const FINANCE_API_KEYS = Symbol('FINANCE_API_KEYS');

/** The credential kind finance reads accept besides a bearer token (`@AcceptsCredential`). */
export const API_KEY_CREDENTIAL = 'finance-api-key';

/** The user id an API key acts as: it names the key, never a person. */
export const apiKeyUserId = (keyId: string) => `api-key:${keyId}`;

/**
 * A machine client's API key (`x-api-key`, or `Authorization: ApiKey <key>`), registered with the
 * host's token guard: the key reads, as `provincial-finance`, the province or district it was made
 * for. Only the lookup is finance's; the guard keeps roles and refusals for keys and tokens alike.
 */
@Injectable()
export class ApiKeyCredentials implements CredentialResolver, OnModuleInit {
  readonly kind = API_KEY_CREDENTIAL;
  readonly described = { en: 'an API key', th: 'คีย์ API' };

  constructor(
    @Inject(FINANCE_API_KEYS) private readonly keys: ApiKeyStore,
    private readonly resolvers: CredentialResolvers,
  ) {}

  onModuleInit(): void {
    this.resolvers.register(this);
  }

  async resolve(headers: Record<string, string | string[] | undefined>): Promise<AuthenticatedActor | undefined> {
    const authorization = typeof headers.authorization === 'string' ? headers.authorization : '';
    const header = headers['x-api-key'];
    const key =
      (typeof header === 'string' ? header : undefined) ??
      (authorization.startsWith('ApiKey ') ? authorization.slice('ApiKey '.length).trim() : undefined);
    if (key === undefined) return undefined;
    const { keyId, area } = await this.keys.verify(key, new Date());
    return { userId: apiKeyUserId(keyId), role: 'provincial-finance', scope: { areas: [area] } };
  }
}
