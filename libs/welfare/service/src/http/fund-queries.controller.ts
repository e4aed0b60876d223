import { Controller, Get, Inject, Optional, Param, ParseIntPipe, Query, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertFundInScope, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ReadModelBehindError, ReadModelFreshness } from '@kongthun/read-models';
import { dateOfInstant } from '@kongthun/welfare-domain';
import { FundViewReader } from '../projections/fund-view-reader';

export const WELFARE_READ_MODEL_FRESHNESS = Symbol('welfare.read-model-freshness');

const today = () => dateOfInstant(new Date().toISOString());

/**
 * Read side: each view is one read-model document (plus what depends on the day of reading). In the
 * embedded host a read first waits until the read models include the writes made before it; in the
 * distributed service the views follow the writes through Kafka, a moment behind.
 */
@ApiTags('welfare: views')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId')
@Roles('committee', 'treasurer', 'auditor', 'provincial-finance', 'viewer')
export class FundQueriesController {
  constructor(
    private readonly views: FundViewReader,
    @Optional() @Inject(WELFARE_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  private async fund(actor: AuthenticatedActor, fundId: string) {
    await this.settled();
    const fund = await this.views.fund(fundId);
    assertFundInScope(actor, fund);
    return fund;
  }

  private async settled(): Promise<void> {
    try {
      await this.freshness?.settled();
    } catch (error) {
      if (!(error instanceof ReadModelBehindError)) throw error;
      throw new ServiceUnavailableException({
        code: error.code,
        message: error.message,
        messageTh: 'ข้อมูลสรุปยังไม่เป็นปัจจุบัน กรุณาลองใหม่ภายหลัง',
      });
    }
  }

  @Get()
  @ApiOperation({ summary: 'Fund overview with balances by source of money' })
  async overview(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string) {
    return (await this.fund(actor, fundId)).overview;
  }

  @Get('members/:memberId/statement')
  @ApiOperation({ summary: 'Member statement: contributions, arrears, claims, payouts' })
  async statement(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Param('memberId') memberId: string) {
    return this.views.statement(await this.fund(actor, fundId), memberId, today());
  }

  @Get('claims/awaiting-approval')
  @ApiOperation({ summary: 'Claims queue awaiting committee approval' })
  async queue(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string) {
    return this.views.claimsQueue(await this.fund(actor, fundId));
  }

  @Get('three-party')
  @ApiOperation({ summary: '3-party matching report for a fiscal year (BE), e.g. ?fiscalYear=2567' })
  async threeParty(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Query('fiscalYear', ParseIntPipe) fiscalYear: number,
  ) {
    return this.views.threeParty(await this.fund(actor, fundId), fiscalYear, today());
  }
}
