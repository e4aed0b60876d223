import { Controller, Get, HttpException, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { assertFundInScope, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { PERSONAL_DATA_ACCESS_LOG, PersonalDataAccessLog } from '@kongthun/identity-service';
import { FundCommandHandler } from '../commands/fund-command-handler';

const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});

/** The data subject's record of who read their personal data, when and why (PDPA): append-only, oldest first. */
@ApiTags('welfare: personal data')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId/members/:memberId/personal-data/accesses')
export class PersonalDataAccessesController {
  constructor(
    private readonly handler: FundCommandHandler,
    @Inject(PERSONAL_DATA_ACCESS_LOG) private readonly log: PersonalDataAccessLog,
  ) {}

  @Get()
  @Roles('committee', 'treasurer', 'auditor')
  @ApiOperation({ summary: "Who read this member's personal data, when and why: { items, nextCursor }" })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  async accesses(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('memberId') memberId: string,
    @Query() query: unknown,
  ) {
    const page = pageQuery.safeParse(query);
    if (!page.success)
      throw new HttpException(
        { code: 'request.invalid', message: `Invalid page: ${page.error.message}`, messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง' },
        400,
      );
    assertFundInScope(actor, await this.handler.registered(fundId));
    return this.log.list(`welfare/${fundId}/${memberId}`, page.data.limit, page.data.cursor);
  }
}
