import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { body } from './documented-body';
import { recordDeathRequest, resignMemberRequest } from './fund-requests';
import { recorded } from './recorded-events';
import { CommandAnswer } from './command-answer';

const [resignDoc, resignPipe] = body(resignMemberRequest);
const [deathDoc, deathPipe] = body(recordDeathRequest);

/**
 * How a membership ends: resignation, death, or the lapse rule. The treasurer keeps the register;
 * a committee member may record the same facts.
 */
@ApiTags('welfare: commands')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId')
@Roles('treasurer', 'committee')
export class MemberStandingController {
  constructor(private readonly handler: FundCommandHandler) {}

  @Post('members/:memberId/resignation')
  @ApiOperation({ summary: 'Record that an active member resigned (ลาออก), with the date and a reason' })
  @resignDoc
  @CommandAnswer('welfare.member.resigned', { memberId: 'm-004', resignedOn: '2025-01-31' }, 'member', 'date')
  resign(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('memberId') memberId: string,
    @Body(resignPipe) request: z.output<typeof resignMemberRequest>,
  ) {
    return this.handler.execute(fundId, actor, { type: 'ResignMember', data: { memberId, ...request } }).then(recorded);
  }

  @Post('members/:memberId/death')
  @ApiOperation({ summary: "Record a member's death (ถึงแก่กรรม) on a death certificate reference; the funeral benefit can then be claimed" })
  @deathDoc
  @CommandAnswer('welfare.member.died', { memberId: 'm-003', diedOn: '2025-01-29' }, 'member', 'date')
  recordDeath(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('memberId') memberId: string,
    @Body(deathPipe) request: z.output<typeof recordDeathRequest>,
  ) {
    return this.handler.execute(fundId, actor, { type: 'RecordMemberDeath', data: { memberId, ...request } }).then(recorded);
  }

  @Post('lapses')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'End the membership of everyone the lapse rule has ended today (พ้นสภาพเพราะขาดส่ง); answers the events, none when nobody lapsed. A scheduled job runs the same',
  })
  @CommandAnswer('welfare.member.lapsed', { memberId: 'm-005' }, 'member')
  applyLapses(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string) {
    return this.handler.execute(fundId, actor, { type: 'ApplyLapses', data: {} }).then(recorded);
  }
}
