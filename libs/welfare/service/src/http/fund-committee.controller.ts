import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { CITIZEN_ID_KEY } from '../commands/citizen-id-key';
import { hashCitizenId } from '../commands/fund-command-bodies';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { body } from './documented-body';
import { appointCommitteeMemberRequest, removeCommitteeMemberRequest } from './membership-requests';
import { recorded } from './recorded-events';
import { CommandAnswer } from './command-answer';

const [appointDoc, appointPipe] = body(appointCommitteeMemberRequest);
const [removeDoc, removePipe] = body(removeCommitteeMemberRequest);

/** Who sits on the committee (คณะกรรมการกองทุน): seats change on the chair's order only (the domain checks it). */
@ApiTags('welfare: commands')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId/committee')
@Roles('committee')
export class FundCommitteeController {
  constructor(
    private readonly handler: FundCommandHandler,
    @Inject(CITIZEN_ID_KEY) private readonly citizenIdKey: string,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Seat an elected committee member (แต่งตั้งกรรมการ); the chair or an administrator only, one chair at a time' })
  @appointDoc
  @CommandAnswer(
    'welfare.committee.member-appointed',
    { userId: 'kanya', role: 'member' },
    'committee',
    'citizen-id',
    'date',
    'auth.chair-required',
  )
  appoint(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(appointPipe) request: z.output<typeof appointCommitteeMemberRequest>,
  ) {
    const { citizenId, ...member } = request.member;
    const data = { appointedOn: request.appointedOn, member: { ...member, citizenIdHash: hashCitizenId(citizenId, this.citizenIdKey) } };
    return this.handler.execute(fundId, actor, { type: 'AppointCommitteeMember', data }).then(recorded);
  }

  @Post(':userId/removal')
  @ApiOperation({ summary: 'End a committee seat (พ้นจากตำแหน่งกรรมการ) with a reason; the chair or an administrator only' })
  @removeDoc
  @CommandAnswer('welfare.committee.member-removed', { userId: 'kanya', reason: 'ครบวาระ' }, 'committee', 'date', 'auth.chair-required')
  remove(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('userId') userId: string,
    @Body(removePipe) request: z.output<typeof removeCommitteeMemberRequest>,
  ) {
    return this.handler.execute(fundId, actor, { type: 'RemoveCommitteeMember', data: { userId, ...request } }).then(recorded);
  }
}
