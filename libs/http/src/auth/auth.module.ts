import { DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { AuthenticatedActor } from './actor';
import { TokenGuard } from './token.guard';

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
  static forRoot(options: { secret: string }): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({ secret: options.secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
      ],
      providers: [TokenIssuer, { provide: APP_GUARD, useClass: TokenGuard }],
      exports: [TokenIssuer, JwtModule],
    };
  }
}
