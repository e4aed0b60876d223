import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { groupByOf } from '@kongthun/finance-model';
import { ApiAnswers } from '@kongthun/http';
import { FinanceReader } from '../access/finance-reader';
import { FinanceStore } from '../store/finance-store';
import * as answers from './finance-answers';
import { FinanceFilterQueries, FinanceReaders, GroupByQuery, readerRefusals } from './finance-openapi';
import { cursorOf, FinanceQuery, pageLimitOf, scopedFilterOf } from './finance-request';
import { Reader } from './finance-reader.decorator';
import { FINANCE_STORE } from './finance-tokens';
import { detailJson, groupJson } from './totals-json';

/**
 * Provincial finance (การเงินระดับจังหวัด): totals and details across every programme that
 * publishes the money contract, by area, programme, unit and period. Readers see their areas only.
 */
@ApiTags('finance')
@Controller('api/finance')
@FinanceReaders()
export class FinanceReadController {
  constructor(@Inject(FINANCE_STORE) private readonly store: FinanceStore) {}

  @Get('totals')
  @ApiOperation({
    summary: 'Money in by source, committed, disbursed, reversed and refunded, gross and net, grouped as asked',
    description:
      'Without groupBy, one group of everything in the filter and the caller’s areas. Money is baht as a decimal string. Reversals and refunds count in the month they were recorded, in the area and source of what they undo.',
  })
  @FinanceFilterQueries()
  @GroupByQuery()
  @ApiAnswers({
    description: 'Totals by group',
    schema: answers.totalsAnswer,
    example: answers.totalsExample,
    refuses: readerRefusals('finance.invalid-filter', 'finance.invalid-group-by'),
  })
  async totals(@Reader() reader: FinanceReader, @Query() query: FinanceQuery) {
    const filter = scopedFilterOf(query, reader);
    const groupBy = groupByOf(query.groupBy);
    const groups = await this.store.totals(filter, groupBy, reader.scope);
    return { groupBy, groups: groups.map(groupJson) };
  }

  @Get('disbursements')
  @ApiOperation({
    summary: 'Disbursements one page at a time, in the order the books received them',
    description:
      'Keyset pagination: pass nextCursor as cursor. The order is the order rows became visible, so paging while payments arrive loses and repeats nothing; new payments appear on later pages. nextCursor is null on the last page.',
  })
  @FinanceFilterQueries()
  @ApiQuery({ name: 'limit', required: false, description: 'rows per page, 1 to 1000 (100)', example: 100 })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiAnswers({
    description: 'A page of disbursements',
    schema: answers.disbursementsPageAnswer,
    example: answers.disbursementsPageExample,
    refuses: readerRefusals('finance.invalid-filter', 'finance.invalid-limit', 'finance.invalid-cursor'),
  })
  async disbursements(@Reader() reader: FinanceReader, @Query() query: FinanceQuery) {
    const filter = scopedFilterOf(query, reader);
    const limit = pageLimitOf(query.limit);
    const afterSeq = cursorOf(query.cursor);
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.store.disbursements(filter, reader.scope, { afterSeq, limit: limit + 1 });
    const page = rows.slice(0, limit);
    return { items: page.map(detailJson), nextCursor: rows.length > limit ? String(page[page.length - 1].seq) : null };
  }
}
