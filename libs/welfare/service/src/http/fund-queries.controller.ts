import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertFundInScope, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { dateOfInstant } from '@kongthun/welfare-domain';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { claimsQueue, fundOverview, memberStatement, threePartyReport } from '../queries/fund-views';

/**
 * Read side. Views are computed from the fund's own stream on each request, so a committee sees its
 * write at once; the projected read models (MongoDB) of the distributed mode are not built yet.
 */
@ApiTags('welfare: views')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId')
@Roles('committee', 'treasurer', 'auditor', 'provincial-finance')
export class FundQueriesController {
  constructor(private readonly handler: FundCommandHandler) {}

  private async fund(actor: AuthenticatedActor, fundId: string) {
    const fund = await this.handler.registered(fundId);
    assertFundInScope(actor, fund);
    return fund;
  }

  @Get()
  @ApiOperation({ summary: 'Fund overview with balances by source of money' })
  async overview(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string) {
    return fundOverview(await this.fund(actor, fundId));
  }

  @Get('members/:memberId/statement')
  @ApiOperation({ summary: 'Member statement: contributions, arrears, claims, payouts' })
  async statement(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Param('memberId') memberId: string) {
    return memberStatement(await this.fund(actor, fundId), memberId, dateOfInstant(new Date().toISOString()));
  }

  @Get('claims/awaiting-approval')
  @ApiOperation({ summary: 'Claims queue awaiting committee approval' })
  async queue(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string) {
    return claimsQueue(await this.fund(actor, fundId));
  }

  @Get('three-party')
  @ApiOperation({ summary: '3-party matching report for a fiscal year (BE), e.g. ?fiscalYear=2567' })
  async threeParty(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Query('fiscalYear', ParseIntPipe) fiscalYear: number) {
    return threePartyReport(await this.fund(actor, fundId), fiscalYear, dateOfInstant(new Date().toISOString()));
  }
}
