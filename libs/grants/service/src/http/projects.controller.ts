import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Idempotent, Roles } from '@kongthun/http';
import { refuse } from '@kongthun/grants-domain';
import { GrantsCommandHandler } from '../commands/grants-command-handler';
import { receiptHashOf } from '../commands/receipt-hasher';
import { GRANTS_HASH_KEY } from './programmes.controller';
import { body } from './grants-request-fields';
import * as requests from './grants-requests';
import { recorded } from './recorded-events';
import { GrantsCommandAnswer } from './grants-command-answer';

const [proposalDoc, proposalPipe] = body(requests.submitProposalRequest, {
  projectId: 'sb-2566-01',
  programmeId: 'codi-saraburi',
  fiscalYear: 2566,
  organisationId: 'org-nong-khae',
  title: 'ซ่อมแซมที่อยู่อาศัยผู้มีรายได้น้อย ตำบลหนองแค',
  objectives: ['ซ่อมบ้านผู้มีรายได้น้อย 20 หลัง'],
  areaCode: '190301',
  budgetLines: [
    { category: 'materials', description: 'วัสดุก่อสร้าง', amount: '800,000.00' },
    { category: 'labour', description: 'ค่าแรงช่างชุมชน', amount: '200,000.00' },
  ],
  requestedAmount: '1,000,000.00',
  requestedAmountWords: 'หนึ่งล้านบาทถ้วน',
  plannedTranches: [
    { number: 1, plannedOn: '2023-02-01' },
    { number: 2, plannedOn: '2023-05-01' },
    { number: 3, plannedOn: '2023-08-01' },
  ],
  plannedEndOn: '2023-09-30',
  documentRefs: ['proposal-sb-2566-01.pdf'],
});
const [relationDoc, relationPipe] = body(requests.declareRelationRequest, { userId: 'rattana', relationship: 'พี่สาวของประธานสภาองค์กรชุมชน' });
const [reviewDoc, reviewPipe] = body(requests.openReviewRequest, { reviewerIds: ['rattana', 'somsak', 'wilai'] });
const [scoreDoc, scorePipe] = body(requests.scoreRequest, { score: 82, recommendation: 'fund', note: 'ตรงตามเป้าหมายของแผนงาน' });
const [rejectDoc, rejectPipe] = body(requests.rejectRequest, { reason: 'ซ้ำซ้อนกับโครงการที่ได้รับทุนแล้ว' });
const [awardDoc, awardPipe] = body(requests.awardRequest, {
  awardId: 'aw-sb-2566-01',
  amount: '1,000,000.00',
  amountWords: 'หนึ่งล้านบาทถ้วน',
  conditions: ['ส่งรายงานความก้าวหน้าและรายงานการใช้จ่ายก่อนเบิกงวดถัดไป'],
  decidedOn: '2023-01-10',
  endDate: '2023-09-30',
});
const [releaseDoc, releasePipe] = body(requests.releaseRequest, {
  trancheNumber: 1,
  paidOn: '2023-02-01',
  method: 'bank-transfer',
  reference: 'ktb-2566-0001',
});
const [reportDoc, reportPipe] = body(requests.reportRequest, {
  reportId: 'rp-sb-2566-01-1e',
  trancheNumber: 1,
  kind: 'expense',
  summary: 'ซ่อมบ้านแล้ว 8 หลัง',
  lines: [
    {
      category: 'materials',
      description: 'ปูนซีเมนต์ 200 ถุง',
      amount: '39,000.00',
      receiptRef: 'ร้านวัสดุหนองแค 0456',
      receiptSha256: 'ab'.repeat(32),
    },
  ],
});
const [queryDoc, queryPipe] = body(requests.queryRequest, { question: 'ใบเสร็จเลขที่ 0456 ไม่มีลายมือชื่อผู้รับเงิน' });
const [amendDoc, amendPipe] = body(requests.amendRequest, {
  amendmentId: 'am-sb-2566-01-1',
  kind: 'reduce',
  newAmount: '800,000.00',
  newEndDate: null,
  reason: 'ลดจำนวนบ้านเป้าหมาย',
  documentRef: 'มติคณะกรรมการ 3/2566',
});
const [refundDoc, refundPipe] = body(requests.refundRequest, {
  refundId: 'rf-sb-2566-01',
  amount: '10,000.00',
  receivedOn: '2023-09-20',
  documentRef: 'ใบนำส่งเงิน 45/2566',
});

/** A project's life: proposal, review, award, tranches, reports, amendments, refunds, close-out. */
@ApiTags('grants: projects')
@ApiBearerAuth()
@Controller('api/grants/projects')
export class ProjectsController {
  constructor(
    private readonly handler: GrantsCommandHandler,
    @Inject(GRANTS_HASH_KEY) private readonly hashKey: string,
  ) {}

  @Post()
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Submit a proposal for an organisation (ยื่นข้อเสนอโครงการ)' })
  @proposalDoc
  @GrantsCommandAnswer(
    'grants.proposal.submitted',
    'grants-project-sb-2566-01',
    { projectId: 'sb-2566-01', requestedAmount: '1000000.00' },
    'proposal',
    'programme',
    'budget',
    'organisation',
    'money',
  )
  async submit(@CurrentActor() actor: AuthenticatedActor, @Body(proposalPipe) request: z.output<typeof requests.submitProposalRequest>) {
    const { rules } = await this.handler.programmeInScope(actor, request.programmeId);
    const budget = await this.handler.budget(request.programmeId, request.fiscalYear);
    if (budget.status !== 'Open')
      throw refuse('budget.not-found', `No budget is open for fiscal year ${request.fiscalYear}`, 'ไม่พบงบประมาณของแผนงานในปีงบประมาณนี้', {
        fiscalYear: request.fiscalYear,
      });
    const { organisationId, ...data } = request;
    const organisation = await this.handler.organisationFacts(organisationId);
    return recorded(
      await this.handler.projectCommand(actor, request.projectId, { type: 'SubmitProposal', data: { ...data, organisation, rules } }),
    );
  }

  @Post(':projectId/relations')
  @Roles('grants-officer', 'committee')
  @ApiOperation({ summary: 'Declare a committee member related to the proposing organisation (แจ้งส่วนได้เสีย)' })
  @relationDoc
  @GrantsCommandAnswer('grants.project.relation-declared', 'grants-project-sb-2566-01', { userId: 'rattana' }, 'project', 'review')
  async relation(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(relationPipe) request: z.output<typeof requests.declareRelationRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'DeclareRelation', data: request }));
  }

  @Post(':projectId/review')
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Send the proposal to a review panel of at least the quorum (ส่งพิจารณา)' })
  @reviewDoc
  @GrantsCommandAnswer(
    'grants.review.opened',
    'grants-project-sb-2566-01',
    { reviewerIds: ['rattana', 'somsak', 'wilai'], quorum: 3 },
    'project',
    'programme',
    'review',
  )
  async openReview(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(reviewPipe) request: z.output<typeof requests.openReviewRequest>,
  ) {
    const project = await this.handler.knownProject(actor, projectId);
    const { rules } = await this.handler.programmeInScope(actor, project.programmeId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'OpenReview', data: { ...request, rules } }));
  }

  @Post(':projectId/reviews')
  @Roles('committee')
  @ApiOperation({ summary: "A reviewer's score and recommendation (ให้คะแนน)" })
  @scoreDoc
  @GrantsCommandAnswer(
    'grants.review.scored',
    'grants-project-sb-2566-01',
    { reviewerId: 'rattana', score: 82, recommendation: 'fund' },
    'project',
    'review',
  )
  async score(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(scorePipe) request: z.output<typeof requests.scoreRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'ScoreProposal', data: request }));
  }

  @Post(':projectId/rejection')
  @Roles('grants-officer', 'committee')
  @ApiOperation({ summary: 'Reject the proposal (ไม่อนุมัติ)' })
  @rejectDoc
  @GrantsCommandAnswer(
    'grants.proposal.rejected',
    'grants-project-sb-2566-01',
    { reason: 'ซ้ำซ้อนกับโครงการที่ได้รับทุนแล้ว' },
    'project',
    'proposal',
  )
  async reject(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(rejectPipe) request: z.output<typeof requests.rejectRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'RejectProposal', data: request }));
  }

  @Post(':projectId/award')
  @Roles('committee')
  @Idempotent()
  @ApiOperation({ summary: 'Award the grant within the approver tier and the budget available; creates the agreement (อนุมัติทุน)' })
  @awardDoc
  @GrantsCommandAnswer(
    'grants.project.awarded',
    'grants-project-sb-2566-01',
    { awardId: 'aw-sb-2566-01', amount: '1000000.00' },
    'project',
    'programme',
    'award',
    'budget',
    'money',
    'idempotency',
  )
  async award(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(awardPipe) request: z.output<typeof requests.awardRequest>,
  ) {
    return recorded(await this.handler.award(actor, projectId, request));
  }

  @Post(':projectId/tranches')
  @Roles('grants-officer')
  @Idempotent()
  @ApiOperation({ summary: "Release the next tranche to the organisation's account once its conditions are met (เบิกจ่ายงวด)" })
  @releaseDoc
  @GrantsCommandAnswer(
    'grants.tranche.released',
    'grants-project-sb-2566-01',
    { trancheNumber: 1, amount: '400000.00' },
    'project',
    'organisation',
    'tranche',
    'idempotency',
  )
  async release(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(releasePipe) request: z.output<typeof requests.releaseRequest>,
  ) {
    const project = await this.handler.knownProject(actor, projectId);
    const organisation = await this.handler.organisationFacts(project.organisationId);
    return recorded(
      await this.handler.projectCommand(actor, projectId, {
        type: 'ReleaseTranche',
        data: { ...request, organisation, ruleVersion: project.award?.ruleVersion ?? 1 },
      }),
    );
  }

  @Post(':projectId/reports')
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Record a progress or expense report; receipts are kept as keyed hashes (ส่งรายงาน)' })
  @reportDoc
  @GrantsCommandAnswer(
    'grants.report.submitted',
    'grants-project-sb-2566-01',
    { reportId: 'rp-sb-2566-01-1e', total: '39000.00' },
    'project',
    'report',
    'money',
  )
  async report(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(reportPipe) request: z.output<typeof requests.reportRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    const lines = request.lines.map(({ receiptSha256, ...line }) => ({ ...line, receiptHash: receiptHashOf(this.hashKey, receiptSha256) }));
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'SubmitReport', data: { ...request, lines } }));
  }

  @Post(':projectId/reports/:reportId/acceptance')
  @HttpCode(201)
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Accept a report (รับรองรายงาน)' })
  @GrantsCommandAnswer('grants.report.accepted', 'grants-project-sb-2566-01', { reportId: 'rp-sb-2566-01-1e' }, 'project', 'report')
  async accept(@CurrentActor() actor: AuthenticatedActor, @Param('projectId') projectId: string, @Param('reportId') reportId: string) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'AcceptReport', data: { reportId } }));
  }

  @Post(':projectId/reports/:reportId/query')
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Query a report: it no longer counts until corrected (ขอข้อมูลเพิ่ม)' })
  @queryDoc
  @GrantsCommandAnswer('grants.report.queried', 'grants-project-sb-2566-01', { reportId: 'rp-sb-2566-01-1e' }, 'project', 'report')
  async query(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Param('reportId') reportId: string,
    @Body(queryPipe) request: z.output<typeof requests.queryRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'QueryReport', data: { reportId, ...request } }));
  }

  @Post(':projectId/amendments')
  @Roles('grants-officer', 'committee')
  @ApiOperation({ summary: 'Reduce, extend or cancel the agreement; a cut returns to the budget (แก้ไขสัญญา)' })
  @amendDoc
  @GrantsCommandAnswer(
    'grants.agreement.amended',
    'grants-project-sb-2566-01',
    { amendmentId: 'am-sb-2566-01-1', kind: 'reduce', amount: '800000.00' },
    'project',
    'amendment',
    'budget',
    'money',
  )
  async amend(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(amendPipe) request: z.output<typeof requests.amendRequest>,
  ) {
    return recorded(
      await this.handler.projectThenReturn(actor, projectId, { type: 'AmendAgreement', data: request }, () => request.amendmentId),
    );
  }

  @Post(':projectId/refunds')
  @Roles('grants-officer')
  @Idempotent()
  @ApiOperation({ summary: 'Record unspent money refunded by the organisation (รับเงินคืน)' })
  @refundDoc
  @GrantsCommandAnswer(
    'grants.refund.received',
    'grants-project-sb-2566-01',
    { refundId: 'rf-sb-2566-01', amount: '10000.00' },
    'project',
    'refund',
    'money',
    'idempotency',
  )
  async refund(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('projectId') projectId: string,
    @Body(refundPipe) request: z.output<typeof requests.refundRequest>,
  ) {
    await this.handler.knownProject(actor, projectId);
    return recorded(await this.handler.projectCommand(actor, projectId, { type: 'RecordRefund', data: request }));
  }

  @Post(':projectId/close-out')
  @HttpCode(201)
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Close the project: every report reviewed, every unspent baht refunded (ปิดโครงการ)' })
  @GrantsCommandAnswer(
    'grants.project.closed',
    'grants-project-sb-2566-01',
    { projectId: 'sb-2566-01', spent: '990000.00' },
    'project',
    'closeout',
    'budget',
  )
  async close(@CurrentActor() actor: AuthenticatedActor, @Param('projectId') projectId: string) {
    return recorded(await this.handler.projectThenReturn(actor, projectId, { type: 'CloseProject', data: {} }, () => `close-${projectId}`));
  }
}
