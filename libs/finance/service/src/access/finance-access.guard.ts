import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { areaPrefixesOf, AuthenticatedActor, RefusalException, Role, ROLES } from '@kongthun/http';
import { AreaScope } from '@kongthun/finance-model';
import { ApiKeyStore } from './api-key-store';

export const FINANCE_API_KEYS = Symbol('FINANCE_API_KEYS');

/** Who reads the provincial books, and which areas they see. */
export interface FinanceReader {
  actor: AuthenticatedActor;
  scope: AreaScope;
  /** How they proved it: `api-key:<keyId>` or `user:<userId>`, for messages and logs. */
  label: string;
}

export const FINANCE_READER_ROLES: Role[] = ['provincial-finance', 'admin'];

/**
 * The door to /api/finance, and only there: a machine client's API key (`x-api-key`, or
 * `Authorization: ApiKey <key>`), or a user's bearer token with the `provincial-finance` or
 * `admin` role. A key reads the province or district it was made for; a user their token's areas.
 * Every other route stays behind the global token guard, which knows nothing of API keys.
 */
@Injectable()
export class FinanceAccessGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    @Inject(FINANCE_API_KEYS) private readonly keys: ApiKeyStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    request.financeReader = await this.readerOf(request.headers);
    request.actor = request.financeReader.actor;
    return true;
  }

  private async readerOf(headers: Record<string, string | undefined>): Promise<FinanceReader> {
    const authorization = headers.authorization ?? '';
    const apiKey = headers['x-api-key'] ?? (authorization.startsWith('ApiKey ') ? authorization.slice('ApiKey '.length).trim() : undefined);
    if (apiKey !== undefined) {
      const { keyId, area } = await this.keys.verify(apiKey, new Date());
      const actor: AuthenticatedActor = { userId: `api-key:${keyId}`, role: 'provincial-finance', scope: { areas: [area] } };
      return { actor, scope: [area], label: `API key ${keyId}` };
    }
    if (!authorization.startsWith('Bearer '))
      throw new RefusalException('auth.missing-token', 'A bearer token or an API key is required', 'กรุณาเข้าสู่ระบบหรือส่งคีย์ API');
    let claims: { sub?: string; role?: string; scope?: AuthenticatedActor['scope'] };
    try {
      claims = await this.jwt.verifyAsync(authorization.slice('Bearer '.length));
    } catch {
      throw new RefusalException('auth.invalid-token', 'The token is invalid or expired', 'โทเคนไม่ถูกต้องหรือหมดอายุ');
    }
    if (!claims.sub || !ROLES.includes(claims.role as Role))
      throw new RefusalException('auth.invalid-token', 'The token lacks a subject or a known role', 'โทเคนไม่ถูกต้อง');
    const actor: AuthenticatedActor = { userId: claims.sub, role: claims.role as Role, scope: claims.scope ?? {} };
    if (!FINANCE_READER_ROLES.includes(actor.role))
      throw new RefusalException('auth.forbidden', `Role ${actor.role} may not read provincial finance`, 'บทบาทของท่านไม่มีสิทธิ์ทำรายการนี้');
    return { actor, scope: areaPrefixesOf(actor), label: `user ${actor.userId}` };
  }
}
