import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { groupByOf } from '@kongthun/finance-model';
import { ApiFileAnswers, RefusalCode } from '@kongthun/http';
import { FinanceReader } from '../access/finance-reader';
import { writeCsv } from '../export/csv-export';
import { DISBURSEMENT_COLUMNS } from '../export/disbursement-columns';
import { ExportColumn } from '../export/export-column';
import { totalsColumns } from '../export/totals-columns';
import { writeXlsx } from '../export/xlsx-export';
import { FinanceStore } from '../store/finance-store';
import { FinanceFilterQueries, FinanceReaders, GroupByQuery, readerRefusals } from './finance-openapi';
import { ExportFormat, exportFormatOf, FinanceQuery, scopedFilterOf } from './finance-request';
import { Reader } from './finance-reader.decorator';
import { FINANCE_STORE } from './finance-tokens';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const formatQuery = () =>
  ApiQuery({ name: 'format', required: false, enum: ['csv', 'xlsx'], description: 'csv (UTF-8 with BOM, default) or xlsx' });
const fileAnswers = (what: string, refuses: RefusalCode[]) =>
  ApiFileAnswers({
    description: `${what}: a CSV (UTF-8 with BOM) or XLSX file, streamed; Thai headers, dates in the Buddhist Era, amounts as numbers with two decimals`,
    files: {
      [CONTENT_TYPES.csv]: { text: '\ufeffลำดับ,วันที่จ่าย,ปีงบประมาณ,…,จำนวนเงิน (บาท)\r\n1842,20 มี.ค. 2566,2566,…,539936.80\r\n' },
      [CONTENT_TYPES.xlsx]: { binary: true },
    },
    refuses: readerRefusals(...refuses),
  });

/**
 * Downloads that stream: rows are read a page at a time and written as they come, so an export of
 * millions of rows holds one page in memory. Every refusal happens before the first byte is sent.
 */
@ApiTags('finance')
@Controller('api/finance/exports')
@FinanceReaders()
export class FinanceExportController {
  constructor(@Inject(FINANCE_STORE) private readonly store: FinanceStore) {}

  @Get('disbursements')
  @ApiOperation({ summary: 'Every disbursement of the filter, as a file (รายละเอียดการจ่ายเงิน)' })
  @FinanceFilterQueries()
  @formatQuery()
  @fileAnswers('The disbursements', ['finance.invalid-filter', 'finance.invalid-format'])
  async disbursements(@Reader() reader: FinanceReader, @Query() query: FinanceQuery, @Res() response: Response) {
    const filter = scopedFilterOf(query, reader);
    const format = exportFormatOf(query.format);
    await this.send(
      response,
      format,
      'disbursements',
      'การจ่ายเงิน',
      this.store.allDisbursements(filter, reader.scope),
      DISBURSEMENT_COLUMNS,
    );
  }

  @Get('totals')
  @ApiOperation({ summary: 'Totals of the filter by the grouping asked, as a file (สรุปยอดเงิน), with the net totals in Thai words' })
  @FinanceFilterQueries()
  @GroupByQuery()
  @formatQuery()
  @fileAnswers('The totals', ['finance.invalid-filter', 'finance.invalid-group-by', 'finance.invalid-format'])
  async totals(@Reader() reader: FinanceReader, @Query() query: FinanceQuery, @Res() response: Response) {
    const filter = scopedFilterOf(query, reader);
    const groupBy = groupByOf(query.groupBy);
    const format = exportFormatOf(query.format);
    const groups = await this.store.totals(filter, groupBy, reader.scope);
    await this.send(
      response,
      format,
      'totals',
      'สรุปยอดเงิน',
      (async function* () {
        yield groups;
      })(),
      totalsColumns(groupBy),
    );
  }

  private async send<Row>(
    response: Response,
    format: ExportFormat,
    name: string,
    sheetName: string,
    pages: AsyncIterable<readonly Row[]>,
    columns: readonly ExportColumn<Row>[],
  ): Promise<void> {
    response.status(200);
    response.setHeader('content-type', CONTENT_TYPES[format]);
    response.setHeader('content-disposition', `attachment; filename="kongthun-${name}.${format}"`);
    if (format === 'csv') {
      await writeCsv(pages, columns, response);
      response.end();
    } else {
      await writeXlsx(pages, columns, response, { sheetName });
    }
  }
}
