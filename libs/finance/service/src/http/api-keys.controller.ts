import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles, ZodBody } from '@kongthun/http';
import { ApiKeyStore } from '../access/api-key-store';
import { FINANCE_API_KEYS } from '../access/api-key-credentials';
import * as answers from './finance-answers';

const createApiKey = z.strictObject({
  /** Who the key is for, so an administrator can tell keys apart: "ระบบบัญชี สนง.คลังจังหวัดสระบุรี". */
  name: z.string().trim().min(1).max(100),
  /** A province (2 digits) or district (4 digits): the key reads nothing outside it. */
  area: z.string().regex(/^\d{2}(\d{2})?$/, 'a province (2 digits) or district (4 digits)'),
});

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
  @ApiAnswers({
    status: 201,
    description: 'The key, once; send it as x-api-key or Authorization: ApiKey <key>',
    schema: answers.createdApiKeyAnswer,
    example: answers.createdApiKeyExample,
  })
  create(@CurrentActor() actor: AuthenticatedActor, @Body(new ZodBody(createApiKey)) body: z.infer<typeof createApiKey>) {
    return this.keys.create({ ...body, createdBy: actor.userId, now: new Date() });
  }

  @Get()
  @ApiOperation({ summary: 'Every key with its scope, revocation and last use (never the key)' })
  @ApiAnswers({ description: 'Every key', schema: answers.apiKeysAnswer, example: answers.apiKeysExample })
  async list() {
    return { keys: await this.keys.list() };
  }

  @Post(':keyId/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revokes a key at once: its next request is refused with 401 finance.api-key.invalid' })
  @ApiAnswers({
    description: 'The key, revoked',
    schema: answers.apiKeyAnswer,
    example: answers.revokedApiKeyExample,
    refuses: ['finance.api-key.not-found', 'finance.api-key.already-revoked'],
  })
  revoke(@CurrentActor() actor: AuthenticatedActor, @Param('keyId') keyId: string) {
    return this.keys.revoke(keyId, actor.userId, new Date());
  }
}
