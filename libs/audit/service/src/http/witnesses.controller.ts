import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBody, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles, ZodBody, refusalsNamed, openApiSchemaOf } from '@kongthun/http';
import { AUDIT_LEDGER } from '../ledger/audit-tokens';
import { refusingAsDomain } from './audit-refusal';
import { witnessRegistrationRequest, witnessRevocationRequest } from './witness-requests';
import * as answers from './audit-answers';

/**
 * The witness register (ทะเบียนพยาน): the parties (a provincial office, CODI, ...) whose keys may
 * co-sign tree heads. Only an administrator changes it; every change is kept for good.
 */
@ApiTags('audit: witnesses')
@ApiBearerAuth()
@Controller('api/audit/witnesses')
export class WitnessesController {
  constructor(@Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore) {}

  @Get()
  @Roles('auditor', 'admin', 'provincial-finance')
  @ApiOperation({ summary: 'Every registered witness with its key, and when and why it was revoked' })
  @ApiAnswers({
    description: 'Every witness',
    schema: z.array(answers.witnessAnswer),
    example: [answers.witnessExample],
  })
  list() {
    return this.ledger.witnesses();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a witness: its name and Ed25519 public key (the key id is derived from the key)' })
  @ApiBody({ schema: openApiSchemaOf(witnessRegistrationRequest) })
  @ApiAnswers({
    status: 201,
    description: 'The registered witness',
    schema: answers.witnessAnswer,
    example: answers.witnessExample,
    refuses: [...refusalsNamed('audit.witness')],
  })
  register(
    @CurrentActor() actor: AuthenticatedActor,
    @Body(new ZodBody(witnessRegistrationRequest)) body: z.output<typeof witnessRegistrationRequest>,
  ) {
    return refusingAsDomain(() => this.ledger.registerWitness({ name: body.name, publicKey: body.publicKeyPem, actor: actor.userId }));
  }

  @Post(':keyId/revocation')
  @Roles('admin')
  @ApiOperation({ summary: "Revoke a witness's key: its later co-signatures are refused, earlier ones stay" })
  @ApiBody({ schema: openApiSchemaOf(witnessRevocationRequest) })
  @ApiAnswers({
    status: 201,
    description: 'The revoked witness',
    schema: answers.witnessAnswer,
    example: answers.witnessExample,
    refuses: [...refusalsNamed('audit.witness')],
  })
  revoke(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('keyId') keyId: string,
    @Body(new ZodBody(witnessRevocationRequest)) body: z.output<typeof witnessRevocationRequest>,
  ) {
    return refusingAsDomain(() => this.ledger.revokeWitness({ keyId, reason: body.reason, actor: actor.userId }));
  }
}
