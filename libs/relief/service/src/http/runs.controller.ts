import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { ApiAnswers, ApiFileAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ReliefImports } from '../commands/relief-imports';
import { ReliefRuns } from '../commands/relief-runs';
import { ReliefViews } from '../views/relief-views';
import { body } from './documented-body';
import { recorded } from './recorded-events';
import * as answers from './relief-answers';
import { ReliefCommandAnswer } from './relief-command-answer';
import * as events from './relief-event-examples';
import * as requests from './relief-requests';
import { spoolUpload } from './spooled-upload';

/** MT940 has no registered media type; this is the one the route reads as a statement. */
const MT940_CONTENT_TYPE = 'application/x-mt940';

const [createDoc, createPipe] = body(requests.createRunRequest, requests.createRunExample);
const [closeDoc, closePipe] = body(requests.closeRunRequest, { reason: 'กระทบยอดครบแล้ว (reconciled)' });

@ApiTags('relief: payment runs')
@ApiBearerAuth()
@Controller('api/relief/runs')
export class RunsController {
  constructor(
    private readonly runs: ReliefRuns,
    private readonly imports: ReliefImports,
    private readonly views: ReliefViews,
  ) {}

  @Post()
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Create a payment run with declared control totals (one run in flight per programme)' })
  @createDoc
  @ReliefCommandAnswer(
    'relief.run.created',
    events.runCreated,
    'relief.declaration-not-found',
    'relief.run-exists',
    'relief.run-id-required',
    'relief.run-in-flight',
    'relief.programme-required',
    'relief.source-required',
    'relief.method-unknown',
    'relief.control-totals-invalid',
  )
  create(@CurrentActor() actor: AuthenticatedActor, @Body(createPipe) request: z.output<typeof requests.createRunRequest>) {
    return this.runs.create(actor, request).then(recorded);
  }

  @Post(':runId/dry-run')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Dry run: applicable and not-applicable counts and amounts, with reasons' })
  @ApiAnswers({
    description: 'The dry run’s figures, and the event that recorded them',
    schema: answers.dryRunAnswer,
    example: answers.dryRunExample,
    refuses: [
      'relief.run-not-found',
      'relief.run-not-open',
      'relief.run-closed',
      'auth.out-of-scope',
      'eventstore.wrong-expected-revision',
    ],
  })
  async dryRun(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    const { figures, events } = await this.runs.dryRun(runId, actor);
    return { ...figures, ...recorded(events) };
  }

  @Post(':runId/approvals')
  @Roles('committee')
  @ApiOperation({ summary: 'Approve the run (tiers by total; the maker cannot approve)' })
  @ReliefCommandAnswer(
    'relief.run.approval-recorded',
    events.approvalRecorded,
    'relief.run-not-found',
    'relief.run-not-open',
    'relief.run-closed',
    'relief.run-dry-run-required',
    'relief.run-control-totals-mismatch',
    'relief.run-maker-cannot-approve',
    'relief.run-already-approved-by',
  )
  approve(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    return this.runs.approve(runId, actor).then(recorded);
  }

  @Post(':runId/bank-file')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiOperation({
    summary: 'Export the bulk payment file (bank transfer or PromptPay layout, README in bank-files/); the same file again on a retry',
  })
  @ApiFileAnswers({
    description:
      'The payment file (headers x-relief-file-format, x-relief-file-sha256, x-relief-file-count and x-relief-file-amount describe it)',
    files: { 'text/csv': { text: answers.bankFileSample } },
    refuses: [
      'relief.run-not-found',
      'relief.run-not-approved',
      'relief.run-closed',
      'relief.run-export-totals-mismatch',
      'auth.out-of-scope',
      'eventstore.wrong-expected-revision',
    ],
  })
  async exportFile(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string, @Res() response: Response) {
    const dir = await mkdtemp(join(tmpdir(), 'relief-export-'));
    try {
      const path = join(dir, 'payments.csv');
      const file = createWriteStream(path);
      const written = await this.runs.exportBankFile(runId, actor, (chunk) => {
        if (!file.write(chunk)) return new Promise<void>((resolve) => file.once('drain', resolve));
      });
      await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
      response.status(200).set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${runId}.csv"`,
        'x-relief-file-format': written.format,
        'x-relief-file-sha256': written.sha256,
        'x-relief-file-count': String(written.count),
        'x-relief-file-amount': written.amount,
      });
      await new Promise<void>((resolve, reject) => createReadStream(path).on('error', reject).pipe(response).on('finish', resolve));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  @Post(':runId/results')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiConsumes('text/csv', MT940_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'Import the bank’s result file and reconcile: kongthun-result-csv-v1 (text/csv: reference,amount,status,reason,value_date) or a SWIFT MT940 statement of the paying account (application/x-mt940, reference in :86: /EREF/)',
  })
  @ApiBody({
    description: 'The bank’s result file',
    schema: { type: 'string', example: answers.resultsCsvSample },
    examples: {
      csv: { summary: 'kongthun-result-csv-v1', value: answers.resultsCsvSample },
      mt940: { summary: 'SWIFT MT940 (application/x-mt940)', value: answers.resultsMt940Sample },
    },
  })
  @ApiAnswers({
    description: 'The result file’s lines counted by outcome',
    schema: answers.resultImportAnswer,
    example: answers.resultImportExample,
    refuses: [
      'relief.run-not-found',
      'relief.run-not-exported',
      'relief.result-file-already-imported',
      'relief.result-file-malformed',
      'relief.csv-malformed',
      'auth.out-of-scope',
      'eventstore.wrong-expected-revision',
    ],
  })
  async importResults(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string, @Req() request: Request) {
    await this.runs.run(runId, actor);
    const upload = await spoolUpload(request);
    try {
      return await this.imports.results(runId, actor, upload, request.is(MT940_CONTENT_TYPE) ? 'mt940' : 'csv');
    } finally {
      await upload.remove();
    }
  }

  @Post(':runId/close')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Close the run: the programme may open its next run' })
  @closeDoc
  @ApiAnswers({
    status: 200,
    description: 'Recorded, as relief.run.closed',
    schema: answers.recordedAnswer,
    example: answers.recordedExample('relief.run.closed', events.runClosed),
    refuses: [
      'relief.run-not-found',
      'relief.run-closed',
      'relief.reason-required',
      'auth.out-of-scope',
      'eventstore.wrong-expected-revision',
    ],
  })
  close(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('runId') runId: string,
    @Body(closePipe) request: z.output<typeof requests.closeRunRequest>,
  ) {
    return this.runs.close(runId, actor, request.reason).then(recorded);
  }

  @Get(':runId')
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({ summary: 'Run status: control totals, approvals, payments counted by status' })
  @ApiAnswers({
    description: 'The run’s status',
    schema: answers.runStatusAnswer,
    example: answers.runStatusExample,
    refuses: ['relief.run-not-found', 'relief.declaration-not-found', 'auth.out-of-scope'],
  })
  status(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    return this.views.runStatus(runId, actor);
  }
}
