import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Idempotent, Roles } from '@kongthun/http';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { body } from './documented-body';
import { reversePayoutRequest as reversalRequest } from './fund-requests';
import { recorded } from './recorded-events';
import { CommandAnswer } from './command-answer';

const [reversalDoc, reversalPipe] = body(reversalRequest);
type Reversal = z.output<typeof reversalRequest>;

/**
 * Corrections (กลับรายการ) of money recorded by mistake: a new event names the record it undoes;
 * nothing is edited or deleted. The domain lets committee members (the treasurer among them) do it.
 */
@ApiTags('welfare: commands')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId')
@Roles('treasurer', 'committee')
export class RecordReversalsController {
  constructor(private readonly handler: FundCommandHandler) {}

  @Post('members/:memberId/contributions/:contributionId/reversal')
  @Idempotent()
  @ApiOperation({ summary: "Reverse a mistaken contribution, the member's latest; the member is then paid through the month before it" })
  @reversalDoc
  @CommandAnswer(
    'welfare.contribution.reversed',
    { contributionId: 'ct-m-006-13', reversalId: 'rv-ct-1' },
    'contribution',
    'date',
    'idempotency',
  )
  contribution(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('memberId') memberId: string,
    @Param('contributionId') contributionId: string,
    @Body(reversalPipe) request: Reversal,
  ) {
    return this.handler
      .execute(fundId, actor, { type: 'ReverseContribution', data: { memberId, contributionId, ...request } })
      .then(recorded);
  }

  @Post('matching-funds/:matchingId/reversal')
  @Idempotent()
  @ApiOperation({ summary: 'Reverse mistaken matching money; refused if the fund no longer holds it' })
  @reversalDoc
  @CommandAnswer('welfare.matching-funds.reversed', { matchingId: 'mf-1', reversalId: 'rv-mf-1' }, 'matching-funds', 'date', 'idempotency')
  matching(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('matchingId') matchingId: string,
    @Body(reversalPipe) request: Reversal,
  ) {
    return this.handler.execute(fundId, actor, { type: 'ReverseMatchingFunds', data: { matchingId, ...request } }).then(recorded);
  }

  @Post('admin-spending/:spendingId/reversal')
  @Idempotent()
  @ApiOperation({ summary: 'Reverse mistaken administration spending; the money returns to the balance and under the cap' })
  @reversalDoc
  @CommandAnswer('welfare.admin-spending.reversed', { spendingId: 'as-1', reversalId: 'rv-as-1' }, 'admin-spending', 'date', 'idempotency')
  adminSpending(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('spendingId') spendingId: string,
    @Body(reversalPipe) request: Reversal,
  ) {
    return this.handler.execute(fundId, actor, { type: 'ReverseAdminSpending', data: { spendingId, ...request } }).then(recorded);
  }
}
