import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, KeyObject } from 'node:crypto';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A stand-in OpenID Connect provider for tests: a real HTTP server publishing one RSA key as a
 * JWKS, and a signer of RS256 tokens with that key (or with a key it never published).
 */
export const startOidcProvider = async (options: { issuer?: string; audience?: string; kid?: string } = {}) => {
  const issuer = options.issuer ?? 'http://keycloak.test/realms/kongthun';
  const audience = options.audience ?? 'kongthun-api';
  const kid = options.kid ?? 'k1';
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server = createServer((_, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [{ ...published.publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const signWith = (key: KeyObject, claims: Record<string, unknown>) => {
    const now = Math.floor(Date.now() / 1000);
    const body = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64({ iss: issuer, aud: audience, iat: now, exp: now + 300, ...claims })}`;
    return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
  };
  return {
    /** What `oidcOptionsFromEnv` reads to trust this provider. */
    env: {
      KONGTHUN_OIDC_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`,
      KONGTHUN_OIDC_ISSUER: issuer,
      KONGTHUN_OIDC_AUDIENCE: audience,
    },
    /** A token the provider issued, with these claims over the issuer, audience and a 5-minute life. */
    sign: (claims: Record<string, unknown>) => signWith(published.privateKey, claims),
    /** The same, signed with a key the provider never published. */
    forge: (claims: Record<string, unknown>) => signWith(stranger.privateKey, claims),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
