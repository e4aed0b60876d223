import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, KeyObject } from 'node:crypto';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { RefusalExceptionFilter } from '../errors/refusal-exception.filter';
import { AuthenticatedActor } from './actor';
import { CurrentActor, Roles } from './auth.decorators';
import { AuthModule, TokenIssuer } from './auth.module';
import { OidcOptions, oidcOptionsFromEnv } from './oidc';

const ISSUER = 'http://keycloak.test/realms/kongthun';
const AUDIENCE = 'kongthun-api';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 token signed with `key`, as a provider would issue it. */
const signed = (key: KeyObject, kid: string, claims: Record<string, unknown>): string => {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64({ iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, ...claims })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
};

@Controller('who')
class WhoController {
  @Get()
  @Roles('auditor', 'committee')
  who(@CurrentActor() actor: AuthenticatedActor) {
    return actor;
  }
}

/** A real JWKS endpoint (a node HTTP server serving a generated RSA key) in front of the guard. */
describe('tokens from an OpenID Connect provider', () => {
  const provider = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let jwks: Server;
  let app: INestApplication;
  let fetches = 0;
  const claims = {
    sub: 'f3a1-uuid',
    preferred_username: 'auditor-chiangmai',
    realm_access: { roles: ['offline_access', 'kongthun-auditor'] },
    kongthun_scope: { areas: ['50'] },
  };

  beforeAll(async () => {
    jwks = createServer((_, response) => {
      fetches += 1;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [{ ...provider.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' }] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const oidc = oidcOptionsFromEnv({
      KONGTHUN_OIDC_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`,
      KONGTHUN_OIDC_ISSUER: ISSUER,
      KONGTHUN_OIDC_AUDIENCE: AUDIENCE,
    }) as OidcOptions;
    @Module({
      imports: [AuthModule.forRoot({ secret: 'local-secret-local-secret-local', oidc })],
      controllers: [WhoController],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    })
    class TestApp {}
    app = (await Test.createTestingModule({ imports: [TestApp] }).compile()).createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const who = (token: string) => request(app.getHttpServer()).get('/who').set('authorization', `Bearer ${token}`);
  const refusedAs = async (token: string, status = 401, code = 'auth.invalid-token') => {
    const response = await who(token);
    expect([response.status, response.body.code]).toEqual([status, code]);
  };

  it('accepts a token signed with a published key, mapping the user, role and scope claims', async () => {
    const { body } = await who(signed(provider.privateKey, 'k1', claims)).expect(200);
    expect(body).toEqual({ userId: 'auditor-chiangmai', role: 'auditor', scope: { areas: ['50'] } });
  });

  it('refuses a wrong issuer, a wrong audience, an expired token, an unknown kid and a key the provider never published', async () => {
    await refusedAs(signed(provider.privateKey, 'k1', { ...claims, iss: 'http://evil.test/realms/kongthun' }));
    await refusedAs(signed(provider.privateKey, 'k1', { ...claims, aud: 'another-client' }));
    await refusedAs(signed(provider.privateKey, 'k1', { ...claims, iat: 1_700_000_000, exp: 1_700_000_300 }));
    await refusedAs(signed(provider.privateKey, 'k9', claims));
    await refusedAs(signed(stranger.privateKey, 'k1', claims));
  });

  it('refuses a token with no known role, and applies @Roles to a mapped one', async () => {
    await refusedAs(signed(provider.privateKey, 'k1', { ...claims, realm_access: { roles: ['kongthun-wizard'] } }));
    await refusedAs(
      signed(provider.privateKey, 'k1', { ...claims, realm_access: { roles: ['kongthun-treasurer'] } }),
      403,
      'auth.forbidden',
    );
  });

  it('still accepts local HS256 tokens, and never verifies an HS256 token with the provider key nor an RS256 one with the secret', async () => {
    const local = await app.get(TokenIssuer).issue({ userId: 'somchai', role: 'committee', scope: { funds: ['f'] } });
    expect((await who(local).expect(200)).body).toMatchObject({ userId: 'somchai', role: 'committee' });
    const [, payload] = local.split('.');
    // An RS256 header over a local payload, "signed" with the HMAC secret: the provider's keys refuse it.
    await refusedAs(`${b64({ alg: 'RS256', kid: 'k1' })}.${payload}.${local.split('.')[2]}`);
    expect(fetches).toBeLessThanOrEqual(3);
  });
});
