import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Roles, ZodBody } from '@kongthun/http';
import { ApiKeyStore } from '../access/api-key-store';
import { FINANCE_API_KEYS } from '../access/finance-access.guard';
import { FinanceRefusals } from './finance-openapi';

const createApiKey = z.strictObject({
  /** Who the key is for, so an administrator can tell keys apart: "ระบบบัญชี สนง.คลังจังหวัดสระบุรี". */
  name: z.string().trim().min(1).max(100),
  /** A province (2 digits) or district (4 digits): the key reads nothing outside it. */
  area: z.string().regex(/^\d{2}(\d{2})?$/, 'a province (2 digits) or district (4 digits)'),
});

const VIEW_EXAMPLE = {
  keyId: '5f0c2a9d1e7b3c44',
  name: 'ระบบบัญชี สำนักงานคลังจังหวัดสระบุรี',
  area: '19',
  createdBy: 'admin-1',
  createdAt: '2026-01-15T03:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-01-16T02:10:41.000Z',
};
const ADMIN_REFUSALS = ['auth.missing-token', 'auth.invalid-token', 'auth.forbidden'] as const;

/**
 * API keys for machine clients of /api/finance, managed by an administrator with a user token
 * (a key never manages keys). The key is in the answer to its creation and nowhere else, ever.
 */
@ApiTags('finance: API keys')
@ApiBearerAuth()
@Controller('api/finance/api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(@Inject(FINANCE_API_KEYS) private readonly keys: ApiKeyStore) {}

  @Post()
  @ApiOperation({
    summary: 'Creates a key scoped to a province or district; the key is shown in this answer only, and stored as a SHA-256 hash',
  })
  @ApiBody({ schema: { example: { name: 'ระบบบัญชี สำนักงานคลังจังหวัดสระบุรี', area: '19' } } })
  @ApiCreatedResponse({
    description: 'the key, once; send it as x-api-key or Authorization: ApiKey <key>',
    content: { 'application/json': { example: { ...VIEW_EXAMPLE, lastUsedAt: null, key: 'ktf_5f0c2a9d1e7b3c44_q3V8…(43 characters)' } } },
  })
  @FinanceRefusals(...ADMIN_REFUSALS, 'request.invalid', 'request.unknown-fields')
  create(@CurrentActor() actor: AuthenticatedActor, @Body(new ZodBody(createApiKey)) body: z.infer<typeof createApiKey>) {
    return this.keys.create({ ...body, createdBy: actor.userId, now: new Date() });
  }

  @Get()
  @ApiOperation({ summary: 'Every key with its scope, revocation and last use (never the key)' })
  @ApiOkResponse({ content: { 'application/json': { example: { keys: [VIEW_EXAMPLE] } } } })
  @FinanceRefusals(...ADMIN_REFUSALS)
  async list() {
    return { keys: await this.keys.list() };
  }

  @Post(':keyId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revokes a key at once: its next request is refused with 401 finance.api-key.invalid' })
  @ApiOkResponse({ content: { 'application/json': { example: { ...VIEW_EXAMPLE, revokedAt: '2026-02-01T08:00:00.000Z' } } } })
  @FinanceRefusals(...ADMIN_REFUSALS, 'finance.api-key.not-found', 'finance.api-key.already-revoked')
  revoke(@CurrentActor() actor: AuthenticatedActor, @Param('keyId') keyId: string) {
    return this.keys.revoke(keyId, actor.userId, new Date());
  }
}
