import { DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { AuthenticatedActor } from './actor';
import { OidcOptions, OidcVerifier } from './oidc';
import { CredentialResolvers } from './credential-resolvers';
import { OIDC_VERIFIER, TokenGuard } from './token.guard';
import { BodyLessRouteGuard } from '../validation/body-less-route.guard';

/** Signs tokens (HS256) for the embedded host and tests; production would take them from an identity provider. */
@Injectable()
export class TokenIssuer {
  constructor(private readonly jwt: JwtService) {}

  issue(actor: AuthenticatedActor, expiresIn: `${number}${'m' | 'h' | 'd'}` = '12h'): Promise<string> {
    return this.jwt.signAsync({ role: actor.role, scope: actor.scope }, { subject: actor.userId, expiresIn });
  }
}

@Global()
@Module({})
export class AuthModule {
  /** `oidc`: also accept tokens from that OpenID Connect provider (`oidcOptionsFromEnv`). */
  static forRoot(options: { secret: string; oidc?: OidcOptions }): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({ secret: options.secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      providers: [
        TokenIssuer,
        CredentialResolvers,
        { provide: APP_GUARD, useClass: TokenGuard },
        // After the token check, so that an unknown caller learns nothing about a route's body; every host takes this module.
        { provide: APP_GUARD, useClass: BodyLessRouteGuard },
        ...(options.oidc ? [{ provide: OIDC_VERIFIER, useValue: new OidcVerifier(options.oidc) }] : []),
      ],
      exports: [TokenIssuer, JwtModule, CredentialResolvers],
    };
  }
}
