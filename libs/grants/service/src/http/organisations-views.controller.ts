import { Controller, Get, HttpException, Inject, Optional, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { refuse } from '@kongthun/grants-domain';
import { ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { inGrantsScope } from '../commands/grants-scope';
import { AwardHeld } from '../views/organisation-awards/awards-held';
import { OrganisationSummary } from '../views/organisation-awards/organisation-awards-projection';
import { organisationsPage, organisationWithAwards } from '../views/organisation-awards/organisations-view';
import { GRANTS_READ_MODEL_FRESHNESS, GRANTS_READ_MODELS } from './grants-views.controller';
import * as answers from './grants-view-answers';
import { id } from './grants-request-fields';
import { viewsSettled } from './views-freshness';

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(300).optional(),
});

const pageOf = (query: unknown) => {
  const result = pageQuery.safeParse(query);
  if (result.success) return result.data;
  throw new HttpException({ code: 'request.invalid', message: 'Invalid page', messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' }, 400);
};

/** The reader sees an organisation of their areas, and the awards of their programmes or areas. */
const scopeOf = (actor: AuthenticatedActor) => ({
  organisation: (organisation: OrganisationSummary) => inGrantsScope(actor, '', [organisation.areaCode]),
  award: (award: AwardHeld) => inGrantsScope(actor, award.programmeId, [award.areaCode]),
});

/** Organisations, with every award each holds (องค์กรชุมชนและทุนที่ได้รับ). */
@ApiTags('grants: views')
@ApiBearerAuth()
@Controller('api/grants')
@Roles('grants-officer', 'committee', 'auditor')
export class OrganisationsViewsController {
  constructor(
    @Inject(GRANTS_READ_MODELS) private readonly readModels: ReadModelStore,
    @Optional() @Inject(GRANTS_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  @Get('organisations')
  @ApiQuery({ name: 'limit', required: false, description: 'Organisations per page, 1–100 (20)' })
  @ApiQuery({ name: 'cursor', required: false, description: 'The `nextCursor` of the page before' })
  @ApiOperation({ summary: 'Organisations a page at a time, each with every award it holds: {items, nextCursor}' })
  @ApiAnswers({
    description: 'A page of organisations with their awards',
    schema: answers.organisationsPageAnswer,
    example: answers.organisationsPageExample,
    refuses: ['request.invalid', 'read-model.behind'],
  })
  async organisations(@CurrentActor() actor: AuthenticatedActor, @Query() query: unknown) {
    const page = pageOf(query);
    await viewsSettled(this.freshness);
    return organisationsPage(this.readModels, page, scopeOf(actor));
  }

  @Get('organisations/:organisationId')
  @ApiOperation({ summary: 'An organisation with every award it holds: amount, released, refunded, status' })
  @ApiAnswers({
    description: 'The organisation and its awards',
    schema: answers.organisationAnswer,
    example: answers.organisationExample,
    refuses: ['organisation.not-found', 'read-model.behind'],
  })
  async organisation(@CurrentActor() actor: AuthenticatedActor, @Param('organisationId') organisationId: string) {
    id.parse(organisationId);
    await viewsSettled(this.freshness);
    const found = await organisationWithAwards(this.readModels, organisationId, scopeOf(actor));
    // Out of scope reads as unknown: the reader learns nothing of an organisation they may not see.
    if (found === undefined) throw refuse('organisation.not-found', 'No such organisation', 'ไม่พบองค์กร', { organisationId });
    return found;
  }
}
