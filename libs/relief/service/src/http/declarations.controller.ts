import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { z } from 'zod/v4';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ReliefDeclarations } from '../commands/relief-declarations';
import { ReliefHouseholds } from '../commands/relief-households';
import { ReliefImports } from '../commands/relief-imports';
import { ReliefLists } from '../views/relief-lists';
import { ReliefViews } from '../views/relief-views';
import { pageOf } from './page-query';
import { body } from './documented-body';
import { recorded } from './recorded-events';
import * as answers from './relief-answers';
import { ReliefCommandAnswer } from './relief-command-answer';
import * as events from './relief-event-examples';
import * as requests from './relief-requests';
import { spoolUpload } from './spooled-upload';

const [declareDoc, declarePipe] = body(requests.declareRequest, requests.declareExample);
const [amendDoc, amendPipe] = body(requests.amendRequest, {
  amendmentId: 'am-1',
  addAreas: ['860103'],
  removeAreas: [],
  documentRef: 'ประกาศจังหวัดชุมพร ที่ 20/2568',
});
const [extendDoc, extendPipe] = body(requests.extendRequest, { until: '2026-03-31', documentRef: 'ประกาศจังหวัดชุมพร ที่ 3/2569' });
const [allocateDoc, allocatePipe] = body(requests.allocateRequest, {
  allocationId: 'al-1',
  sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
  amount: '2000000.00',
  receivedOn: '2025-11-22',
  documentRef: 'ชพ 0017/2568',
});
const [registerDoc, registerPipe] = body(requests.registerRequest, requests.registerExample);
const [assessDoc, assessPipe] = body(requests.assessRequest, requests.assessExample);
const [reverseDoc, reversePipe] = body(requests.reverseRequest, {
  reversalId: 'rv-1',
  reason: 'โอนผิดครัวเรือน (paid to the wrong household)',
});

const limitDoc = ApiQuery({ name: 'limit', required: false, description: 'Items per page, 1–200 (50)' });
const cursorDoc = ApiQuery({ name: 'cursor', required: false, description: 'The `nextCursor` of the page before' });

@ApiTags('relief: declarations and households')
@ApiBearerAuth()
@Controller('api/relief/declarations')
export class DeclarationsController {
  constructor(
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    private readonly imports: ReliefImports,
    private readonly views: ReliefViews,
    private readonly lists: ReliefLists,
  ) {}

  @Get()
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({
    summary: "Declarations in the caller's scope (its areas; an administrator sees all), by declaration id, with household counts",
  })
  @limitDoc
  @cursorDoc
  @ApiAnswers({
    description: 'A page of declarations',
    schema: answers.declarationsPageAnswer,
    example: answers.declarationsPageExample,
    refuses: ['request.invalid'],
  })
  declarationsPage(@CurrentActor() actor: AuthenticatedActor, @Query() query: unknown) {
    const { limit, cursor } = pageOf(query);
    return this.lists.declarationsPage(actor, limit, cursor);
  }

  @Post()
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Declare a disaster-assistance zone (ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติ)' })
  @declareDoc
  @ReliefCommandAnswer(
    'relief.zone.declared',
    events.zoneDeclared,
    'relief.declaration-exists',
    'relief.declaration-id-required',
    'relief.name-required',
    'relief.disaster-type-unknown',
    'relief.areas-required',
    'relief.area-duplicate',
    'relief.area-invalid',
    'relief.area-not-subdistrict',
    'relief.period-invalid',
    'relief.disaster-date-outside-period',
    'relief.document-required',
    'relief.expected-households-invalid',
  )
  declare(@CurrentActor() actor: AuthenticatedActor, @Body(declarePipe) request: z.output<typeof requests.declareRequest>) {
    return this.declarations.execute(request.declarationId, actor, { type: 'DeclareZone', data: request }).then(recorded);
  }

  @Post(':declarationId/amendments')
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Amend the zone’s areas (an event; the old areas stay in the history)' })
  @amendDoc
  @ReliefCommandAnswer(
    'relief.zone.amended',
    events.zoneAmended,
    'relief.declaration-not-found',
    'relief.amendment-duplicate',
    'relief.areas-required',
    'relief.area-duplicate',
    'relief.area-invalid',
    'relief.area-not-subdistrict',
    'relief.area-not-in-zone',
    'relief.document-required',
  )
  amend(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Body(amendPipe) request: z.output<typeof requests.amendRequest>,
  ) {
    return this.declarations.execute(id, actor, { type: 'AmendZone', data: request }).then(recorded);
  }

  @Post(':declarationId/extensions')
  @HttpCode(201)
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Extend the zone’s period' })
  @extendDoc
  @ReliefCommandAnswer(
    'relief.zone.extended',
    events.zoneExtended,
    'relief.declaration-not-found',
    'relief.extension-not-later',
    'relief.period-invalid',
    'relief.document-required',
  )
  extend(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Body(extendPipe) request: z.output<typeof requests.extendRequest>,
  ) {
    return this.declarations.execute(id, actor, { type: 'ExtendZone', data: request }).then(recorded);
  }

  @Post(':declarationId/allocations')
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Record money allocated to the zone from one source' })
  @allocateDoc
  @ReliefCommandAnswer(
    'relief.funds.allocated',
    events.fundsAllocated,
    'relief.declaration-not-found',
    'relief.allocation-id-required',
    'relief.allocation-duplicate',
    'relief.source-required',
    'relief.amount-not-positive',
    'relief.document-required',
  )
  allocate(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Body(allocatePipe) request: z.output<typeof requests.allocateRequest>,
  ) {
    return this.declarations.execute(id, actor, { type: 'AllocateFunds', data: request }).then(recorded);
  }

  @Get(':declarationId')
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({ summary: 'Declaration dashboard: households registered, assessed, paid; amounts by item' })
  @ApiAnswers({
    description: 'The declaration’s dashboard',
    schema: answers.dashboardAnswer,
    example: answers.dashboardExample,
    refuses: ['relief.declaration-not-found', 'auth.out-of-scope'],
  })
  dashboard(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string) {
    return this.views.dashboard(id, actor);
  }

  @Get(':declarationId/households')
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({
    summary: 'The declaration’s households by household id: village, status (registered, assessed, paid), amounts entitled and paid',
  })
  @limitDoc
  @cursorDoc
  @ApiAnswers({
    description: 'A page of households',
    schema: answers.householdsPageAnswer,
    example: answers.householdsPageExample,
    refuses: ['request.invalid', 'relief.declaration-not-found', 'auth.out-of-scope'],
  })
  householdsPage(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string, @Query() query: unknown) {
    const { limit, cursor } = pageOf(query);
    return this.lists.householdsPage(id, actor, limit, cursor);
  }

  @Get(':declarationId/runs')
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({ summary: 'The declaration’s payment runs by run id, each with its status' })
  @ApiAnswers({
    description: 'The declaration’s runs',
    schema: answers.declarationRunsAnswer,
    example: answers.declarationRunsExample,
    refuses: ['relief.declaration-not-found', 'auth.out-of-scope'],
  })
  runsOf(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string) {
    return this.lists.runsOf(id, actor);
  }

  @Post(':declarationId/households')
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Register one household (citizen IDs and the account are hashed before anything is stored)' })
  @registerDoc
  @ReliefCommandAnswer(
    'relief.households.registered',
    events.householdsRegistered,
    'relief.declaration-not-found',
    'relief.house-registration-invalid',
    'relief.household-id-invalid',
    'relief.household-already-registered',
    'relief.household-outside-area',
    'relief.village-invalid',
    'relief.registration-incomplete',
    'relief.registration-outside-period',
    'relief.citizen-id-hash-invalid',
    'relief.account-hash-invalid',
    'relief.method-unknown',
    'relief.wrong-bucket',
  )
  register(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Body(registerPipe) request: z.output<typeof requests.registerRequest>,
  ) {
    return this.households.register(id, actor, request).then(recorded);
  }

  @Post(':declarationId/households/import')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary:
      'Register households from a CSV, streamed (header: house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account; members separated by ";"; names and phones kept encrypted. The older head_ref,member_refs columns register by reference and keep no personal data)',
  })
  @ApiBody({ description: 'The households, one CSV row each', schema: { type: 'string', example: answers.householdsCsvSample } })
  @ApiAnswers({
    description: 'Rows accepted and refused (a refused row does not stop the others)',
    schema: answers.bulkAnswer,
    example: answers.bulkExample,
    refuses: ['relief.declaration-not-found', 'relief.csv-malformed', 'auth.out-of-scope', 'eventstore.wrong-expected-revision'],
  })
  async importHouseholds(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string, @Req() request: Request) {
    await this.declarations.zone(id, actor);
    const upload = await spoolUpload(request);
    try {
      return await this.imports.registrations(id, actor, upload);
    } finally {
      await upload.remove();
    }
  }

  @Post(':declarationId/assessments')
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Assess one household: entitlements from the rate table in force on the disaster date' })
  @assessDoc
  @ReliefCommandAnswer(
    'relief.households.assessed',
    events.householdsAssessed,
    'relief.declaration-not-found',
    'relief.house-registration-invalid',
    'relief.household-not-registered',
    'relief.household-already-assessed',
    'relief.nothing-to-assess',
    'relief.flood-days-invalid',
    'relief.rate-table-not-in-force',
    'relief.item-duplicate',
    'relief.item-not-in-rate-table',
    'relief.quantity-invalid',
    'relief.amount-not-positive',
  )
  assess(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Body(assessPipe) request: z.output<typeof requests.assessRequest>,
  ) {
    return this.households.assess(id, actor, request).then(recorded);
  }

  @Post(':declarationId/assessments/import')
  @HttpCode(200)
  @Roles('relief-officer')
  @ApiConsumes('text/csv')
  @ApiOperation({
    summary:
      'Assess households from a CSV, streamed (header: house_registration_no,assessment_id,flood_days,items; items item:quantity:cost;…)',
  })
  @ApiBody({ description: 'The assessments, one CSV row each', schema: { type: 'string', example: answers.assessmentsCsvSample } })
  @ApiAnswers({
    description: 'Rows accepted and refused (a refused row does not stop the others)',
    schema: answers.bulkAnswer,
    example: answers.bulkExample,
    refuses: [
      'relief.declaration-not-found',
      'relief.csv-malformed',
      'relief.rate-table-not-in-force',
      'auth.out-of-scope',
      'eventstore.wrong-expected-revision',
    ],
  })
  async importAssessments(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string, @Req() request: Request) {
    await this.declarations.zone(id, actor);
    const upload = await spoolUpload(request);
    try {
      return await this.imports.assessments(id, actor, upload);
    } finally {
      await upload.remove();
    }
  }

  @Get(':declarationId/households/:houseRegistrationNo/timeline')
  @Roles('relief-officer', 'committee', 'auditor')
  @ApiOperation({ summary: 'A household’s timeline: registration, assessment, payments, failures, reversals' })
  @ApiAnswers({
    description: 'The household’s timeline, oldest first',
    schema: answers.timelineAnswer,
    example: answers.timelineExample,
    refuses: ['relief.declaration-not-found', 'relief.house-registration-invalid', 'auth.out-of-scope'],
  })
  timeline(@CurrentActor() actor: AuthenticatedActor, @Param('declarationId') id: string, @Param('houseRegistrationNo') houseNo: string) {
    return this.views.timeline(id, houseNo, actor);
  }

  @Post(':declarationId/payments/:reference/reversal')
  @Roles('relief-officer')
  @ApiOperation({ summary: 'Reverse a paid payment recorded in error (never an edit)' })
  @reverseDoc
  @ReliefCommandAnswer(
    'relief.payment.reversed',
    events.paymentReversed,
    'relief.declaration-not-found',
    'relief.payment-not-found',
    'relief.payment-not-paid',
    'relief.reversal-id-required',
    'relief.reversal-duplicate',
    'relief.reason-required',
  )
  reverse(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') id: string,
    @Param('reference') reference: string,
    @Body(reversePipe) request: z.output<typeof requests.reverseRequest>,
  ) {
    return this.households.reverse(id, actor, reference, request.reversalId, request.reason).then(recorded);
  }
}
