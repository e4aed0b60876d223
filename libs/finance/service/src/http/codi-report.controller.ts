import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { assertAreaWithinScope, financeFilterOf } from '@kongthun/finance-model';
import { DomainError } from '@kongthun/kernel';
import { ApiFileAnswers } from '@kongthun/http';
import { FinanceReader } from '../access/finance-reader';
import { fundStatusData } from '../report/fund-status-data';
import { fundStatusLines } from '../report/fund-status-rows';
import { writeFundStatusXlsx } from '../report/fund-status-xlsx';
import { FinanceStore } from '../store/finance-store';
import { FinanceReaders, readerRefusals } from './finance-openapi';
import { FinanceQuery } from './finance-request';
import { Reader } from './finance-reader.decorator';
import { FINANCE_STORE } from './finance-tokens';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('finance')
@Controller('api/finance/reports')
@FinanceReaders()
export class CodiReportController {
  constructor(@Inject(FINANCE_STORE) private readonly store: FinanceStore) {}

  @Get('codi-fund-status')
  @ApiOperation({
    summary: 'The CODI fund-status report (แบบแสดงสถานะกองทุนสวัสดิการชุมชน) of one welfare fund and fiscal year, as XLSX',
    description:
      'Members (counted from who paid contributions and joining fees: the money contract carries no enrolment), money in by source, benefits paid by kind, and the balance: carried in, plus money in, less money paid, carried out. Totals in figures and Thai words.',
  })
  @ApiQuery({ name: 'fundId', required: true, example: 'phuket-talat-yai' })
  @ApiQuery({ name: 'fiscalYear', required: true, example: 2569, description: 'Buddhist Era fiscal year' })
  @ApiFileAnswers({
    description: 'The report, one sheet',
    files: { [XLSX]: { binary: true } },
    refuses: readerRefusals('finance.invalid-filter', 'finance.fund.not-found'),
  })
  async fundStatus(@Reader() reader: FinanceReader, @Query() query: FinanceQuery, @Res() response: Response) {
    const { unitId, fiscalYear } = financeFilterOf({ unitId: query.fundId ?? '', fiscalYear: query.fiscalYear ?? '' });
    const unit = await this.store.unit('welfare', unitId!);
    // Scope before existence: a scoped reader learns nothing of funds outside their areas, not even that they exist.
    if (reader.scope !== 'all' || unit) assertAreaWithinScope(reader.scope, unit?.homeArea ?? '', reader.label);
    if (!unit)
      throw new DomainError('finance.fund.not-found', `No welfare fund ${unitId} in the provincial books`, {
        messageTh: 'ไม่พบกองทุนนี้',
        details: { fundId: unitId },
      });
    const lines = fundStatusLines(await fundStatusData(this.store.sql, this.store.schema, unit, fiscalYear!));
    response.status(200);
    response.setHeader('content-type', XLSX);
    response.setHeader('content-disposition', `attachment; filename="codi-fund-status-${unitId}-${fiscalYear}.xlsx"`);
    await writeFundStatusXlsx(lines, response);
  }
}
