import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { FundCommandHandler } from '../commands/fund-command-handler';
import * as answers from './welfare-answers';

/**
 * A payout as recorded, for reprinting its receipt from the member's statement: the statement
 * names the payout, the receipt is addressed by the event that recorded it.
 */
@ApiTags('welfare: views')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId/payouts')
@Roles('treasurer', 'committee')
export class PayoutRecordsController {
  constructor(private readonly handler: FundCommandHandler) {}

  @Get(':payoutId')
  @ApiOperation({ summary: 'A payout with the id of its recording event, under which its receipt and evidence are served' })
  @ApiAnswers({
    description: 'The payout and its event id',
    schema: answers.payoutRecordAnswer,
    example: answers.payoutRecordExample,
    refuses: ['fund.not-found', 'payout.not-found'],
  })
  payout(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Param('payoutId') payoutId: string) {
    return this.handler.payoutRecord(fundId, actor, payoutId);
  }
}
