import { Controller, Get, Inject, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { groupByOf } from '@kongthun/finance-model';
import { Public } from '@kongthun/http';
import { FinanceAccessGuard, FinanceReader } from '../access/finance-access.guard';
import { FinanceStore } from '../store/finance-store';
import { FinanceFilterQueries, FinanceReaders, GroupByQuery } from './finance-openapi';
import { cursorOf, FinanceQuery, pageLimitOf, scopedFilterOf } from './finance-request';
import { Reader } from './finance-reader.decorator';
import { FINANCE_STORE } from './finance-tokens';
import { detailJson, groupJson } from './totals-json';

const TOTALS_EXAMPLE = {
  groupBy: ['province', 'programme', 'fiscalYear'],
  groups: [
    {
      key: { province: '19', programme: 'grants', fiscalYear: 2566 },
      totals: {
        moneyIn: '6749210.00',
        moneyInBySource: {
          'member-contribution': '0.00',
          'joining-fee': '0.00',
          matching: '0.00',
          'budget-allocation': '6749210.00',
          donation: '0.00',
          other: '0.00',
        },
        committed: '6749210.00',
        disbursed: '2699684.00',
        reversed: '0.00',
        refunded: '0.00',
        netMoneyIn: '6749210.00',
        netCommitted: '6749210.00',
        netDisbursed: '2699684.00',
      },
    },
  ],
};
const DETAILS_EXAMPLE = {
  items: [
    {
      messageId: '7d1c3f52-9a0e-8b41-a2f3-5c6d7e8f9a0b',
      programme: 'grants',
      unitId: 'codi-2566-sb-01',
      unitName: 'โครงการบ้านมั่นคงชนบท ตำบลปากเพรียว',
      disbursementId: 'tranche-1',
      commitmentId: 'award-1',
      kind: 'grant-tranche',
      purpose: 'tranche',
      method: 'bank-transfer',
      paidOn: '2023-03-20',
      fiscalYear: 2566,
      areaCode: '190101',
      recipientRef: 'org-pak-phriao',
      amount: '539936.80',
    },
  ],
  nextCursor: '1842',
};

/**
 * Provincial finance (การเงินระดับจังหวัด): totals and details across every programme that
 * publishes the money contract, by area, programme, unit and period. Readers see their areas only.
 */
@ApiTags('finance')
@Controller('api/finance')
@Public()
@UseGuards(FinanceAccessGuard)
export class FinanceReadController {
  constructor(@Inject(FINANCE_STORE) private readonly store: FinanceStore) {}

  @Get('totals')
  @ApiOperation({
    summary: 'Money in by source, committed, disbursed, reversed and refunded, gross and net, grouped as asked',
    description:
      'Without groupBy, one group of everything in the filter and the caller’s areas. Money is baht as a decimal string. Reversals and refunds count in the month they were recorded, in the area and source of what they undo.',
  })
  @FinanceReaders('finance.invalid-filter', 'finance.invalid-group-by')
  @FinanceFilterQueries()
  @GroupByQuery()
  @ApiOkResponse({ description: 'totals by group', content: { 'application/json': { example: TOTALS_EXAMPLE } } })
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
  @FinanceReaders('finance.invalid-filter', 'finance.invalid-limit', 'finance.invalid-cursor')
  @FinanceFilterQueries()
  @ApiQuery({ name: 'limit', required: false, description: 'rows per page, 1 to 1000 (100)', example: 100 })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiOkResponse({ description: 'a page of disbursements', content: { 'application/json': { example: DETAILS_EXAMPLE } } })
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
