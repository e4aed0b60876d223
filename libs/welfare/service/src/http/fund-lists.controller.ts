import { Controller, Get, HttpException, Inject, Optional, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { assertFundInScope, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ReadModelFreshness } from '@kongthun/read-models';
import { dateOfInstant } from '@kongthun/welfare-domain';
import { FundListReader } from '../projections/fund-list-reader';
import { FundViewReader } from '../projections/fund-view-reader';
import { WELFARE_READ_MODEL_FRESHNESS } from './fund-queries.controller';
import { id } from './request-fields';
import { settledReadModels } from './settled-read-models';

const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: id.optional() });

const pageOf = (query: unknown) => {
  const result = pageQuery.safeParse(query);
  if (result.success) return result.data;
  throw new HttpException(
    {
      code: 'request.invalid',
      message: `Invalid page: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
    },
    400,
  );
};

const inScopeOf = (actor: AuthenticatedActor) => (fund: { fundId: string; areaCode: string }) => {
  try {
    assertFundInScope(actor, fund);
    return true;
  } catch {
    return false;
  }
};

const limitDoc = ApiQuery({ name: 'limit', required: false, description: 'Items per page, 1–200 (50)' });
const cursorDoc = ApiQuery({ name: 'cursor', required: false, description: 'The `nextCursor` of the page before' });

/** Lists, a page at a time: `{ items, nextCursor }`, with `nextCursor` null on the last page. */
@ApiTags('welfare: views')
@ApiBearerAuth()
@Controller('api/welfare/funds')
@Roles('committee', 'treasurer', 'auditor', 'provincial-finance', 'viewer')
export class FundListsController {
  constructor(
    private readonly lists: FundListReader,
    private readonly views: FundViewReader,
    @Optional() @Inject(WELFARE_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  @Get()
  @ApiOperation({ summary: "Funds in the caller's scope (its funds, or its province; an administrator sees all), by fund id" })
  @limitDoc
  @cursorDoc
  async funds(@CurrentActor() actor: AuthenticatedActor, @Query() query: unknown) {
    const { limit, cursor } = pageOf(query);
    await settledReadModels(this.freshness);
    return this.lists.funds(inScopeOf(actor), limit, cursor);
  }

  @Get(':fundId/members')
  @ApiOperation({ summary: 'Members of a fund by member id, with the status the lapse rule gives them today and the months missed' })
  @limitDoc
  @cursorDoc
  async members(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Query() query: unknown) {
    const { limit, cursor } = pageOf(query);
    await settledReadModels(this.freshness);
    const fund = await this.views.fund(fundId);
    assertFundInScope(actor, fund);
    return this.lists.members(fund, dateOfInstant(new Date().toISOString()), limit, cursor);
  }
}
