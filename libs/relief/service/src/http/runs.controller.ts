import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ReliefImports } from '../commands/relief-imports';
import { ReliefRuns } from '../commands/relief-runs';
import { ReliefViews } from '../views/relief-views';
import { body } from './documented-body';
import { recorded } from './recorded-events';
import * as requests from './relief-requests';
import { spoolUpload } from './spooled-upload';

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
  create(@CurrentActor() actor: AuthenticatedActor, @Body(createPipe) request: z.output<typeof requests.createRunRequest>) {
    return this.runs.create(actor, request).then(recorded);
  }

  @Post(':runId/dry-run')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Dry run: applicable and not-applicable counts and amounts, with reasons' })
  async dryRun(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    const { figures, events } = await this.runs.dryRun(runId, actor);
    return { ...figures, ...recorded(events) };
  }

  @Post(':runId/approvals')
  @Roles('committee')
  @ApiOperation({ summary: 'Approve the run (tiers by total; the maker cannot approve)' })
  approve(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    return this.runs.approve(runId, actor).then(recorded);
  }

  @Post(':runId/bank-file')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Export the bulk payment file (bank transfer or PromptPay layout, README in bank-files/); the same file again on a retry',
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
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary: 'Import the bank’s result file (kongthun-result-csv-v1: reference,amount,status,reason,value_date) and reconcile',
  })
  async importResults(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string, @Req() request: Request) {
    await this.runs.run(runId, actor);
    const upload = await spoolUpload(request);
    try {
      return await this.imports.results(runId, actor, upload);
    } finally {
      await upload.remove();
    }
  }

  @Post(':runId/close')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Close the run: the programme may open its next run' })
  @closeDoc
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
  status(@CurrentActor() actor: AuthenticatedActor, @Param('runId') runId: string) {
    return this.views.runStatus(runId, actor);
  }
}
