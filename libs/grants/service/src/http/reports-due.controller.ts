import { Controller, Get, HttpException, Inject, Optional, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { bangkokDateOf } from '@kongthun/kernel';
import { ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { GRANTS_CLOCK } from '../commands/grants-command-handler';
import { inGrantsScope } from '../commands/grants-scope';
import { reportsDuePage } from '../views/reports-due/reports-due-view';
import { GRANTS_READ_MODEL_FRESHNESS, GRANTS_READ_MODELS } from './grants-views.controller';
import * as answers from './grants-view-answers';
import { id, isoDate } from './grants-request-fields';
import { viewsSettled } from './views-freshness';

const reportsDueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
  asOf: isoDate.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

const queryOf = (query: unknown) => {
  const result = reportsDueQuery.safeParse(query);
  if (result.success) return result.data;
  throw new HttpException({ code: 'request.invalid', message: 'Invalid query', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' }, 400);
};

const dayOf = (instant: Date): string => {
  const { year, month, day } = bangkokDateOf(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** Reports due and overdue, per programme (รายงานที่ถึงกำหนดและเกินกำหนดส่ง). */
@ApiTags('grants: views')
@ApiBearerAuth()
@Controller('api/grants')
export class ReportsDueController {
  constructor(
    @Inject(GRANTS_READ_MODELS) private readonly readModels: ReadModelStore,
    @Optional() @Inject(GRANTS_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
    @Optional() @Inject(GRANTS_CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {}

  @Get('programmes/:programmeId/reports-due')
  @Roles('grants-officer', 'committee', 'auditor')
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD the overdue mark is judged on (today in Bangkok)' })
  @ApiQuery({ name: 'overdue', required: false, description: '`true`: only the overdue reports' })
  @ApiQuery({ name: 'limit', required: false, description: 'Items per page, 1–200 (50)' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `nextCursor` of the page before' })
  @ApiOperation({
    summary: "The programme's reports owed for paid tranches, earliest due first, each marked overdue or not (รายงานที่ต้องส่ง)",
  })
  @ApiAnswers({
    description: 'A page of reports due',
    schema: answers.reportsDueAnswer,
    example: answers.reportsDueExample,
    refuses: ['request.invalid', 'read-model.behind'],
  })
  async reportsDue(@CurrentActor() actor: AuthenticatedActor, @Param('programmeId') programmeId: string, @Query() query: unknown) {
    const { limit, cursor, asOf, overdue } = queryOf(query);
    id.parse(programmeId);
    await viewsSettled(this.freshness);
    return reportsDuePage(this.readModels, {
      programmeId,
      asOf: asOf ?? dayOf(this.clock()),
      overdueOnly: overdue === 'true',
      limit,
      cursor,
      visible: (line) => inGrantsScope(actor, line.programmeId, [line.areaCode]),
    });
  }
}
