import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles, ZodBody, refusalsNamed } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import { CaseCommandHandler } from '../cases/case-command-handler';
import { FindingListProjection } from '../findings/finding-list-projection';
import { RaisedFinding } from '../findings/findings-log';
import { AuditJobs } from '../ledger/audit-jobs';
import { AUDIT_LEDGER } from '../ledger/audit-tokens';
import { AuditScope } from '../scope/audit-scope';
import { closeRequest, noteRequest } from './audit-requests';
import { cursorOf, pageLimitOf } from './findings-page-query';
import { refusingAsDomain } from './audit-refusal';
import { jsonSafe } from './json-safe';
import * as answers from './audit-answers';

/**
 * Findings (ข้อสังเกต) and the cases auditors follow them up with. A case shares its finding's id,
 * so a finding has at most one case and the case's stream names the finding it follows.
 */
@ApiTags('audit: findings and cases')
@ApiBearerAuth()
@Controller('api/audit')
@Roles('auditor', 'admin')
export class FindingsController {
  constructor(
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
    private readonly jobs: AuditJobs,
    private readonly cases: CaseCommandHandler,
    private readonly scope: AuditScope,
    private readonly listing: FindingListProjection,
  ) {}

  private async finding(findingId: string): Promise<RaisedFinding> {
    const finding = await this.jobs.findings.get(findingId);
    if (!finding) throw new DomainError('audit.finding.not-found', `No finding ${findingId}`, { messageTh: 'ไม่พบข้อสังเกตนี้' });
    return finding;
  }

  /** A case shares its finding's id, so it lies where its finding lies; a case without one is left to the case rules. */
  private async assertCaseInScope(actor: AuthenticatedActor, caseId: string): Promise<void> {
    const finding = await this.jobs.findings.get(caseId);
    if (finding) await this.scope.assertFinding(actor, finding);
  }

  @Get('findings')
  @ApiOperation({
    summary:
      'Findings raised, newest first, with the status of their case: a page of `limit` (default 50, at most 500), the next from `cursor` = the previous `nextCursor`',
  })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiAnswers({
    description: 'A page of findings, newest first',
    schema: answers.findingsPageAnswer,
    example: answers.findingsPageExample,
    refuses: ['request.invalid'],
  })
  async list(@CurrentActor() actor: AuthenticatedActor, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    // A page is cut before scoping: a scoped auditor may get fewer than `limit` findings, never someone else's.
    const page = await this.listing.page(pageLimitOf(limit), cursorOf(cursor));
    return { ...page, findings: await this.scope.visibleFindings(actor, page.findings) };
  }

  @Get('findings/:findingId')
  @ApiOperation({ summary: 'One finding with its case and the inclusion proof of each evidence event' })
  @ApiAnswers({
    description: 'The finding, its case and the inclusion proof of each evidence event',
    schema: answers.findingAnswer,
    example: answers.findingExampleAnswer,
    refuses: ['audit.finding.not-found'],
  })
  async one(@CurrentActor() actor: AuthenticatedActor, @Param('findingId') findingId: string) {
    const finding = await this.finding(findingId);
    await this.scope.assertFinding(actor, finding);
    const proofs = await Promise.all(
      finding.evidenceEventIds.map((eventId) => refusingAsDomain(() => this.ledger.inclusionProof(eventId))),
    );
    return { ...finding, case: await this.cases.state(findingId), evidence: proofs };
  }

  @Get('findings/:findingId/evidence')
  @ApiOperation({
    summary:
      'The evidence bundle (kongthun.evidence/v2) of a finding: the finding as a proven ledger event, exactly the events it lists, their proofs and the signed tree head; check it with `kongthun verify`',
  })
  @ApiAnswers({
    description: 'The evidence bundle: the finding and its events, proven against one signed tree head',
    schema: answers.evidenceBundleAnswer,
    example: answers.evidenceBundleExample,
    refuses: ['audit.finding.not-found', 'audit.not-yet-signed'],
  })
  async findingEvidence(@CurrentActor() actor: AuthenticatedActor, @Param('findingId') findingId: string) {
    const finding = await this.finding(findingId);
    await this.scope.assertFinding(actor, finding);
    // The finding's leaf is copied after it is stored; make sure it is in before a head is signed.
    await this.jobs.findings.copyToLedger();
    await this.jobs.signIfGrown();
    return refusingAsDomain(() =>
      this.ledger.evidenceBundle({ eventIds: finding.evidenceEventIds, findingEventId: finding.raisedByEventId }),
    );
  }

  @Get('events/:eventId/evidence')
  @ApiOperation({ summary: 'The evidence bundle of one event (e.g. a payout), against a freshly signed tree head' })
  @ApiAnswers({
    description: 'The evidence bundle of the event',
    schema: answers.evidenceBundleAnswer,
    example: answers.evidenceBundleExample,
    refuses: ['audit.event.not-found', 'audit.not-yet-signed'],
  })
  async eventEvidence(@CurrentActor() actor: AuthenticatedActor, @Param('eventId') eventId: string) {
    await this.scope.assertEvent(actor, eventId);
    await this.jobs.signIfGrown();
    return refusingAsDomain(() => this.ledger.evidenceBundle({ eventIds: [eventId] }));
  }

  @Post('checks')
  @ApiOperation({
    summary:
      'Run the red-flag scan and the chain check (ledger and source stores) now: of the streams that grew since the last check, or of every stream with `?full=true`',
  })
  @ApiQuery({ name: 'full', required: false })
  @ApiAnswers({
    status: 201,
    description: 'What the run found',
    schema: answers.checkRunAnswer,
    example: answers.checkRunExample,
    refuses: [],
  })
  async runChecks(@Query('full') full?: string) {
    return jsonSafe(await this.jobs.runChecks({ fullChainCheck: full === 'true' || full === '1' }));
  }

  @Post('findings/:findingId/case')
  @ApiOperation({ summary: 'Open a case on a finding (auditor only)' })
  @ApiAnswers({
    status: 201,
    description: 'The opened case',
    schema: answers.caseAnswer,
    example: answers.caseExample,
    refuses: ['audit.finding.not-found', ...refusalsNamed('case')],
  })
  async openCase(@CurrentActor() actor: AuthenticatedActor, @Param('findingId') findingId: string) {
    const finding = await this.finding(findingId);
    await this.scope.assertFinding(actor, finding);
    const { rule, severity, summary, summaryTh, streamId, evidenceEventIds } = finding;
    return this.cases.execute(actor, {
      type: 'OpenCase',
      data: { caseId: findingId, findingId, rule, severity, summary, summaryTh, streamId, evidenceEventIds },
    });
  }

  @Post('cases/:caseId/investigation')
  @ApiOperation({ summary: 'Start investigating an open case' })
  @ApiAnswers({
    status: 201,
    description: 'The case under investigation',
    schema: answers.caseAnswer,
    example: answers.caseExample,
    refuses: [...refusalsNamed('case')],
  })
  async investigate(@CurrentActor() actor: AuthenticatedActor, @Param('caseId') caseId: string) {
    await this.assertCaseInScope(actor, caseId);
    return this.cases.execute(actor, { type: 'StartInvestigation', data: { caseId } });
  }

  @Post('cases/:caseId/notes')
  @ApiOperation({ summary: 'Add a note to a case' })
  @ApiAnswers({
    status: 201,
    description: 'The case with the note',
    schema: answers.caseAnswer,
    example: answers.caseExample,
    refuses: [...refusalsNamed('case')],
  })
  async note(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('caseId') caseId: string,
    @Body(new ZodBody(noteRequest)) body: z.output<typeof noteRequest>,
  ) {
    await this.assertCaseInScope(actor, caseId);
    return this.cases.execute(actor, { type: 'AddNote', data: { caseId, ...body } });
  }

  @Post('cases/:caseId/closure')
  @ApiOperation({ summary: 'Close a case with a resolution: substantiated, unfounded, or referred to PACC / NACC / SAO' })
  @ApiAnswers({
    status: 201,
    description: 'The closed case',
    schema: answers.caseAnswer,
    example: answers.caseExample,
    refuses: [...refusalsNamed('case')],
  })
  async close(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('caseId') caseId: string,
    @Body(new ZodBody(closeRequest)) body: z.output<typeof closeRequest>,
  ) {
    await this.assertCaseInScope(actor, caseId);
    return this.cases.execute(actor, { type: 'CloseCase', data: { caseId, ...body } });
  }

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'A case and its state' })
  @ApiAnswers({
    description: 'The case',
    schema: answers.caseAnswer,
    example: answers.caseExample,
    refuses: ['case.not-found'],
  })
  async caseState(@CurrentActor() actor: AuthenticatedActor, @Param('caseId') caseId: string) {
    await this.assertCaseInScope(actor, caseId);
    const state = await this.cases.state(caseId);
    if (state.status === 'NotOpened') throw new DomainError('audit.case.not-found', `No case ${caseId}`, { messageTh: 'ไม่พบเรื่องตรวจสอบนี้' });
    return state;
  }
}
