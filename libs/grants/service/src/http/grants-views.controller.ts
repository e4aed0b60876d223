import { Controller, Get, HttpException, Inject, Optional, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { EventStore } from '@kongthun/event-sourcing';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { projectStreamId, refuse, unspentOf } from '@kongthun/grants-domain';
import { ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { GRANTS_EVENT_STORE, GrantsCommandHandler } from '../commands/grants-command-handler';
import { assertGrantsScope, inGrantsScope } from '../commands/grants-scope';
import { PROJECTS, ProjectSummary } from '../views/grants-projection';
import { budgetAccountOf } from '../views/grants-views';
import * as answers from './grants-answers';
import { id } from './grants-request-fields';
import { viewsSettled } from './views-freshness';

export const GRANTS_READ_MODELS = Symbol('grants.read-models');
export const GRANTS_READ_MODEL_FRESHNESS = Symbol('grants.read-model-freshness');

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
  fiscalYear: z.coerce.number().int().optional(),
});

const pageOf = (query: unknown) => {
  const result = pageQuery.safeParse(query);
  if (result.success) return result.data;
  throw new HttpException({ code: 'request.invalid', message: 'Invalid page', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' }, 400);
};

const READERS = ['grants-officer', 'committee', 'auditor'] as const;

/** Views: a budget's running account, a project with its timeline, a programme's projects a page at a time. */
@ApiTags('grants: views')
@ApiBearerAuth()
@Controller('api/grants')
export class GrantsViewsController {
  constructor(
    @Inject(GRANTS_READ_MODELS) private readonly readModels: ReadModelStore,
    @Inject(GRANTS_EVENT_STORE) private readonly store: EventStore,
    private readonly handler: GrantsCommandHandler,
    @Optional() @Inject(GRANTS_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  private settled() {
    return viewsSettled(this.freshness);
  }

  @Get('programmes/:programmeId/budgets/:fiscalYear')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The budget account: allocated, committed, released, spent, refunded, available (บัญชีงบประมาณ)' })
  @ApiAnswers({
    description: 'The budget account',
    schema: answers.budgetAnswer,
    example: answers.budgetExample,
    refuses: ['budget.not-found', 'auth.out-of-scope', 'read-model.behind'],
  })
  async budget(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programmeId') programmeId: string,
    @Param('fiscalYear', ParseIntPipe) fiscalYear: number,
  ) {
    await this.settled();
    const account = await budgetAccountOf(this.readModels, programmeId, fiscalYear);
    if (account === undefined) throw refuse('budget.not-found', 'No such budget', 'ไม่พบงบประมาณ', { programmeId, fiscalYear });
    assertGrantsScope(actor, programmeId, account.areaCodes);
    return account;
  }

  @Get('programmes/:programmeId/projects')
  @Roles(...READERS)
  @ApiQuery({ name: 'limit', required: false, description: 'Items per page, 1–200 (50)' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `nextCursor` of the page before' })
  @ApiQuery({ name: 'fiscalYear', required: false, description: 'Only this BE fiscal year' })
  @ApiOperation({ summary: "The programme's projects, a page at a time: {items, nextCursor} (รายการโครงการ)" })
  @ApiAnswers({
    description: "A page of the programme's projects",
    schema: answers.projectsPageAnswer,
    example: answers.projectsPageExample,
    refuses: ['request.invalid', 'read-model.behind'],
  })
  async projects(@CurrentActor() actor: AuthenticatedActor, @Param('programmeId') programmeId: string, @Query() query: unknown) {
    const { limit, cursor, fiscalYear } = pageOf(query);
    id.parse(programmeId);
    await this.settled();
    const prefix = fiscalYear === undefined ? `${programmeId}:` : `${programmeId}:${fiscalYear}:`;
    const page = await this.readModels.list<ProjectSummary>(PROJECTS, { idPrefix: prefix, after: cursor, limit: limit + 1 });
    const items = page.slice(0, limit).map((doc) => doc.body);
    const visible = items.filter((item) => inGrantsScope(actor, item.programmeId, [item.areaCode]));
    return { items: visible, nextCursor: page.length > limit ? page[limit - 1].id : null };
  }

  @Get('projects/:projectId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A project: its agreement, tranches, reports and money, with its timeline (รายละเอียดโครงการ)' })
  @ApiAnswers({
    description: 'The project with its timeline',
    schema: answers.projectAnswer,
    example: answers.projectExample,
    refuses: ['project.not-found', 'auth.out-of-scope'],
  })
  async project(@CurrentActor() actor: AuthenticatedActor, @Param('projectId') projectId: string) {
    const project = await this.handler.knownProject(actor, projectId);
    const history = await this.store.readStream(projectStreamId(projectId));
    const award = project.award;
    return {
      projectId,
      programmeId: project.programmeId,
      fiscalYear: project.fiscalYear,
      organisationId: project.organisationId,
      areaCode: project.areaCode,
      status: project.status,
      requested: project.requested.toJSON(),
      award:
        award === null
          ? null
          : {
              awardId: award.awardId,
              amount: award.amount.toJSON(),
              amountWords: award.amount.toThaiWords(),
              approverId: award.approverId,
              endDate: award.endDate,
              ruleVersion: award.ruleVersion,
              tranches: award.tranches.map((t) => ({ ...t, released: project.released.has(t.number) })),
            },
      reports: [...project.reports.entries()].map(([reportId, r]) => ({
        reportId,
        trancheNumber: r.trancheNumber,
        kind: r.kind,
        total: r.total.toJSON(),
        status: r.status,
      })),
      refunded: project.refunded.toJSON(),
      unspent: award === null ? '0.00' : unspentOf(project).toJSON(),
      timeline: history.map((event) => ({
        type: event.type,
        streamRevision: event.streamRevision.toString(),
        recordedAt: event.recordedAt,
        actor: event.metadata.actor,
        data: event.data,
      })),
    };
  }
}
