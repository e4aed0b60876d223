import { JwtService } from '@nestjs/jwt';
import { AuthenticatedActor, Role, ROLES } from './actor';
import { JwksKeys } from './jwks-keys';

/**
 * Tokens from an external OpenID Connect provider (Keycloak, Entra ID, …), accepted beside the
 * local HS256 ones. Which claims carry the user, the role and the scope is configuration, since
 * every provider names them its own way.
 */
export interface OidcOptions {
  /** Where the provider publishes its signing keys, e.g. `…/realms/kongthun/protocol/openid-connect/certs`. */
  jwksUri: string;
  /** The `iss` every token must carry, exactly. */
  issuer: string;
  /** The `aud` every token must name (this API's client id). */
  audience: string;
  /** Claim of the user id (`preferred_username`); `sub` when it is absent. */
  userClaim: string;
  /** Dotted path to a role or a list of roles (`realm_access.roles`); the first known role wins. */
  roleClaim: string;
  /** Prefix stripped from provider roles (`kongthun-` maps `kongthun-auditor` to `auditor`). */
  rolePrefix: string;
  /** Dotted path to the scope object (`{areas, funds, programmes, national}`), or its JSON text. */
  scopeClaim: string;
}

/** From `KONGTHUN_OIDC_*`; undefined (local tokens only) unless the JWKS URL, issuer and audience are all set. */
export const oidcOptionsFromEnv = (env: NodeJS.ProcessEnv): OidcOptions | undefined => {
  const jwksUri = env.KONGTHUN_OIDC_JWKS_URL;
  const issuer = env.KONGTHUN_OIDC_ISSUER;
  const audience = env.KONGTHUN_OIDC_AUDIENCE;
  if (!jwksUri && !issuer && !audience) return undefined;
  if (!jwksUri || !issuer || !audience)
    throw new Error('KONGTHUN_OIDC_JWKS_URL, KONGTHUN_OIDC_ISSUER and KONGTHUN_OIDC_AUDIENCE go together: set all three or none');
  return {
    jwksUri,
    issuer,
    audience,
    userClaim: env.KONGTHUN_OIDC_USER_CLAIM || 'preferred_username',
    roleClaim: env.KONGTHUN_OIDC_ROLE_CLAIM || 'realm_access.roles',
    rolePrefix: env.KONGTHUN_OIDC_ROLE_PREFIX ?? 'kongthun-',
    scopeClaim: env.KONGTHUN_OIDC_SCOPE_CLAIM || 'kongthun_scope',
  };
};

const at = (claims: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      claims,
    );

const scopeOf = (value: unknown): AuthenticatedActor['scope'] => {
  let scope = value;
  if (typeof value === 'string') {
    try {
      scope = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (scope === null || typeof scope !== 'object' || Array.isArray(scope)) return {};
  const { areas, funds, programmes, province, national } = scope as Record<string, unknown>;
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : undefined);
  return Object.fromEntries(
    Object.entries({
      areas: strings(areas),
      funds: strings(funds),
      programmes: strings(programmes),
      province: typeof province === 'string' ? province : undefined,
      national: national === true ? true : undefined,
    }).filter(([, item]) => item !== undefined),
  );
};

/** Verifies RS256 tokens against the provider's published keys (cached; refetched at most every 30 s) and maps their claims. */
export class OidcVerifier {
  private readonly keys: JwksKeys;

  constructor(
    private readonly options: OidcOptions,
    private readonly jwt = new JwtService(),
  ) {
    this.keys = new JwksKeys(options.jwksUri);
  }

  /** The actor the token names; throws when the signature, issuer, audience, expiry, kid or role is wrong. */
  async verify(token: string, kid: string | undefined): Promise<AuthenticatedActor> {
    if (!kid) throw new Error('an OIDC token names its key (kid)');
    const key = (await this.keys.key(kid)).export({ format: 'pem', type: 'spki' }).toString();
    const claims: Record<string, unknown> = await this.jwt.verifyAsync(token, {
      secret: key,
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256'],
      issuer: this.options.issuer,
      audience: this.options.audience,
    });
    const userId = at(claims, this.options.userClaim) ?? claims.sub;
    const roles = [at(claims, this.options.roleClaim)].flat();
    const role = roles
      .filter((value): value is string => typeof value === 'string')
      .map((value) => (value.startsWith(this.options.rolePrefix) ? value.slice(this.options.rolePrefix.length) : value))
      .find((value): value is Role => ROLES.includes(value as Role));
    if (typeof userId !== 'string' || userId === '' || role === undefined) throw new Error('the token names no user or no known role');
    return { userId, role, scope: scopeOf(at(claims, this.options.scopeClaim)) };
  }
}

/** The algorithm and key id a token's header names, without trusting either yet. */
export const tokenHeader = (token: string): { alg?: string; kid?: string } => {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
    return header !== null && typeof header === 'object' ? header : {};
  } catch {
    return {};
  }
};
