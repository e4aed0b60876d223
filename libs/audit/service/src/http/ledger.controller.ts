import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { keyIdOf, publicKeyBase64, publicKeyPem } from '@kongthun/audit-evidence';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Public, Roles, ZodBody, refusalsNamed, openApiSchemaOf } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import { AuditJobs } from '../ledger/audit-jobs';
import { AuditOptions } from '../ledger/audit-options';
import { AUDIT_LEDGER, AUDIT_OPTIONS } from '../ledger/audit-tokens';
import { recordedOf } from '../ledger/ledger-recorded-events';
import { streamTimeline } from '../replay/stream-timeline';
import { AuditScope } from '../scope/audit-scope';
import { cosignatureRequest } from './audit-requests';
import { refusingAsDomain } from './audit-refusal';
import * as answers from './audit-answers';

const sizeOf = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text))
    throw new DomainError('request.invalid-size', `${name} must be a whole number`, { messageTh: `${name} ต้องเป็นจำนวนเต็ม` });
  return Number(text);
};

/**
 * The ledger as anyone auditing it reads it: signed tree heads, proofs, stream timelines and
 * replays. Proofs carry everything needed to check them offline.
 */
@ApiTags('audit: ledger')
@ApiBearerAuth()
@Controller('api/audit')
@Roles('auditor', 'admin')
export class LedgerController {
  constructor(
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
    private readonly jobs: AuditJobs,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditOptions,
    private readonly scope: AuditScope,
  ) {}

  @Get('signing-key')
  @Public()
  @ApiOperation({ summary: "The log's public key (Ed25519): pin it, and compare its key id with the one your office published" })
  @ApiAnswers({
    description: "The log's public key",
    schema: answers.signingKeyAnswer,
    example: answers.signingKeyExample,
    refuses: [],
  })
  signingKey() {
    const { publicKey } = this.options.signingKey;
    return {
      algorithm: 'Ed25519',
      keyId: keyIdOf(publicKey),
      publicKeyBase64: publicKeyBase64(publicKey),
      publicKeyPem: publicKeyPem(publicKey),
    };
  }

  @Get('tree-heads/latest')
  @ApiOperation({ summary: 'The latest signed tree head (หัวต้นไม้ที่ลงนามล่าสุด), with every co-signature' })
  @Roles('auditor', 'admin', 'provincial-finance')
  @ApiAnswers({
    description: 'The latest signed tree head',
    schema: answers.signedTreeHeadAnswer,
    example: answers.signedTreeHeadExample,
    refuses: ['audit.tree-head.not-found'],
  })
  async latestTreeHead() {
    const head = await this.ledger.latestTreeHead();
    if (!head) throw new DomainError('audit.tree-head.not-found', 'No tree head has been signed yet', { messageTh: 'ยังไม่มีการลงนามหัวต้นไม้' });
    return head;
  }

  @Post('tree-heads')
  @ApiOperation({ summary: 'Sign a tree head now, if the ledger grew since the last one' })
  @ApiAnswers({
    status: 201,
    description: 'The signed tree head',
    schema: answers.signedTreeHeadAnswer,
    example: answers.signedTreeHeadExample,
    refuses: [],
  })
  signNow() {
    return this.jobs.signNow();
  }

  @Post('tree-heads/cosignatures')
  @Roles('auditor', 'admin', 'provincial-finance')
  @ApiOperation({
    summary:
      "A registered witness's co-signature (e.g. a provincial office, CODI) of a signed tree head; checked, then kept under the register's name",
  })
  @ApiBody({ schema: openApiSchemaOf(cosignatureRequest) })
  @ApiAnswers({
    status: 201,
    description: 'The tree head with the new co-signature',
    schema: answers.signedTreeHeadAnswer,
    example: answers.signedTreeHeadExample,
    refuses: [...refusalsNamed('audit.witness', 'audit.invalid-signature', 'audit.unknown-tree-head', 'audit.malformed-tree-head')],
  })
  cosign(@Body(new ZodBody(cosignatureRequest)) body: z.output<typeof cosignatureRequest>) {
    return refusingAsDomain(() => this.ledger.addCosignature(body.treeHead, body.signature));
  }

  @Get('proofs/inclusion/:eventId')
  @ApiOperation({ summary: 'Inclusion proof of an event: leaf index, audit path and the signed tree head it is relative to' })
  @ApiAnswers({
    description: 'The proof and the signed tree head it is relative to',
    schema: answers.inclusionProofAnswer,
    example: answers.inclusionProofExample,
    refuses: ['audit.event.not-found', 'audit.not-yet-signed'],
  })
  async inclusion(@CurrentActor() actor: AuthenticatedActor, @Param('eventId') eventId: string) {
    await this.scope.assertEvent(actor, eventId);
    return refusingAsDomain(() => this.ledger.signedInclusionProof(eventId));
  }

  @Get('proofs/consistency')
  // A provincial witness checks this proof before it co-signs.
  @Roles('auditor', 'admin', 'provincial-finance')
  @ApiOperation({ summary: 'Consistency proof between two tree sizes: the ledger only grew' })
  @ApiAnswers({
    description: 'The consistency proof',
    schema: answers.consistencyProofAnswer,
    example: answers.consistencyProofExample,
    refuses: ['request.invalid-size', 'audit.no-such-tree-size'],
  })
  consistency(@Query('from') from: string, @Query('to') to?: string) {
    const oldSize = sizeOf(from ?? '', 'from');
    return refusingAsDomain(() => this.ledger.consistencyProof(oldSize!, sizeOf(to, 'to')));
  }

  @Get('verification')
  @ApiOperation({ summary: 'Recompute every event hash, leaf and signed root of the whole ledger' })
  @ApiAnswers({
    description: 'What the recomputation found',
    schema: answers.verificationAnswer,
    example: answers.verificationExample,
    refuses: [],
  })
  verify() {
    return this.ledger.verify();
  }

  @Get('streams/:streamId/timeline')
  @ApiOperation({ summary: "A stream's history from the ledger: who did what, when, with its chain links" })
  @ApiAnswers({
    description: "The stream's events in order",
    schema: answers.timelineAnswer,
    example: answers.timelineExample,
    refuses: ['request.invalid'],
  })
  async timeline(@CurrentActor() actor: AuthenticatedActor, @Param('streamId') streamId: string) {
    await this.scope.assertStream(actor, streamId);
    return streamTimeline((await this.ledger.readStream(streamId)).map((entry) => recordedOf(entry.event)));
  }
}
