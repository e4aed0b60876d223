import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedActor, Role, ROLES } from './actor';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { ACCEPTED_CREDENTIALS, CredentialResolvers } from './credential-resolvers';
import { OidcVerifier, tokenHeader } from './oidc';
import { RefusalException } from '../errors/refusal-exception';
import { RefusalCode } from '../errors/refusal-statuses';

const refuse = (code: RefusalCode, message: string, messageTh: string): never => {
  throw new RefusalException(code, message, messageTh);
};

export const OIDC_VERIFIER = Symbol('auth.oidc-verifier');

/**
 * Every route needs a valid bearer token unless marked @Public; @Roles narrows who may call it.
 * A token is local (HS256, the server's secret) or, when a provider is configured, from OpenID
 * Connect (RS256, the provider's published keys); each is verified only with its own kind of key.
 * A route marked `@AcceptsCredential(kind)` also takes that credential (an API key), resolved by
 * the module that registered it; the roles are checked the same way whichever came.
 */
@Injectable()
export class TokenGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    @Optional() @Inject(OIDC_VERIFIER) private readonly oidc?: OidcVerifier,
    @Optional() private readonly credentials?: CredentialResolvers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    const others = (this.reflector.getAllAndOverride<string[] | undefined>(ACCEPTED_CREDENTIALS, targets) ?? []).flatMap(
      (kind) => this.credentials?.of(kind) ?? [],
    );
    for (const resolver of others) {
      const actor = await resolver.resolve(request.headers);
      if (actor) return this.admit(request, actor, allowed);
    }
    const header: string | undefined = request.headers.authorization;
    if (!header?.startsWith('Bearer '))
      return refuse(
        'auth.missing-token',
        ['A bearer token', ...others.map((other) => other.described.en)].join(' or ') + ' is required',
        `กรุณาเข้าสู่ระบบ${others.map((other) => `หรือส่ง${other.described.th}`).join('')} (ไม่พบโทเคน)`,
      );
    const token = header.slice('Bearer '.length);
    const { alg, kid } = tokenHeader(token);
    let claims: { sub?: string; role?: string; scope?: AuthenticatedActor['scope'] };
    try {
      if (alg !== 'HS256' && this.oidc) {
        const fromProvider = await this.oidc.verify(token, kid);
        claims = { sub: fromProvider.userId, role: fromProvider.role, scope: fromProvider.scope };
      } else claims = await this.jwt.verifyAsync(token);
    } catch {
      return refuse('auth.invalid-token', 'The token is invalid or expired', 'โทเคนไม่ถูกต้องหรือหมดอายุ');
    }
    if (!claims.sub || !ROLES.includes(claims.role as Role))
      return refuse('auth.invalid-token', 'The token lacks a subject or a known role', 'โทเคนไม่ถูกต้อง');
    return this.admit(request, { userId: claims.sub, role: claims.role as Role, scope: claims.scope ?? {} }, allowed);
  }

  private admit(request: { actor?: AuthenticatedActor }, actor: AuthenticatedActor, allowed: Role[] | undefined): boolean {
    if (allowed && actor.role !== 'admin' && !allowed.includes(actor.role))
      return refuse('auth.forbidden', `Role ${actor.role} may not do this; allowed: ${allowed.join(', ')}`, 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้');
    request.actor = actor;
    return true;
  }
}
