import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { MoneyLogStore, MoneyUnitRef } from '@kongthun/audit-store';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import { AUDIT_MONEY_LOG } from '../ledger/audit-tokens';
import { unitReplayView } from '../replay/unit-replay';
import { AuditScope } from '../scope/audit-scope';
import { replayCutOf } from './replay-query';
import * as answers from './audit-answers';

type CutQuery = { at?: string; position?: string; businessDate?: string };

const cutQueries = [
  ApiQuery({ name: 'at', required: false, description: 'record time (ISO-8601): messages the programme recorded at or before it' }),
  ApiQuery({ name: 'position', required: false, description: "sequence number of the auditor's money log: messages received up to it" }),
  ApiQuery({ name: 'businessDate', required: false, description: 'YYYY-MM-DD: movements that happened on or before it' }),
];
const withCutQueries: MethodDecorator = (target, key, descriptor) => cutQueries.forEach((decorate) => decorate(target, key, descriptor));

/**
 * Any programme unit's books (a fund, a grant project, a disaster declaration) recomputed by the
 * auditor from the money contract alone, at a record time, a money-log position or a business date.
 */
@ApiTags('audit: replay')
@ApiBearerAuth()
@Controller('api/audit')
@Roles('auditor', 'admin')
export class UnitReplayController {
  constructor(
    @Inject(AUDIT_MONEY_LOG) private readonly moneyLog: MoneyLogStore,
    private readonly scope: AuditScope,
  ) {}

  @Get('units/:programme/:unitId/replay')
  @ApiOperation({
    summary:
      "A programme unit's books recomputed from its money messages: money in by source, committed, disbursed, reversed, administration, balance",
  })
  @withCutQueries
  @ApiAnswers({
    description: "The unit's books as of the cut",
    schema: answers.replayAnswer,
    example: answers.replayExample,
    refuses: ['audit.unit.not-found', 'request.invalid'],
  })
  replayUnit(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programme') programme: string,
    @Param('unitId') unitId: string,
    @Query() query: CutQuery,
  ) {
    return this.replay(actor, { programme, unitId }, query, 'audit.unit.not-found');
  }

  @Get('funds/:fundId/replay')
  @ApiOperation({ summary: 'A welfare fund’s books: the same as units/welfare/:fundId/replay' })
  @withCutQueries
  @ApiAnswers({
    description: "The fund's books as of the cut",
    schema: answers.replayAnswer,
    example: answers.replayExample,
    refuses: ['audit.fund.not-found', 'request.invalid'],
  })
  replayFund(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Query() query: CutQuery) {
    return this.replay(actor, { programme: 'welfare', unitId: fundId }, query, 'audit.fund.not-found');
  }

  private async replay(actor: AuthenticatedActor, unit: MoneyUnitRef, query: CutQuery, notFound: string) {
    const cut = replayCutOf({ at: query.at, position: query.position, businessDate: query.businessDate });
    // Scope before existence: an auditor learns nothing of units outside their areas, not even that they exist.
    await this.scope.assertUnit(actor, unit);
    const entries = await this.moneyLog.readUnit(unit);
    if (entries.length === 0)
      throw new DomainError(notFound, `The auditor holds no money message of ${unit.programme} unit ${unit.unitId}`, {
        messageTh: 'ไม่พบข้อความการเงินของหน่วยนี้ในระบบตรวจสอบ',
      });
    return unitReplayView(unit, entries, cut);
  }
}
