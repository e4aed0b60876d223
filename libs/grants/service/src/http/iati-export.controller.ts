import { once } from 'node:events';
import { Controller, Get, HttpException, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { z } from 'zod/v4';
import { EventStore } from '@kongthun/event-sourcing';
import { ApiFileAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { GRANTS_EVENT_STORE, GrantsCommandHandler } from '../commands/grants-command-handler';
import { openIatiExport } from '../iati/iati-export';
import { id } from './grants-request-fields';

export const IATI_CONTENT_TYPE = 'application/xml; charset=utf-8';

const iatiQuery = z.object({ fiscalYear: z.coerce.number().int().min(2500).max(2800) });

const fiscalYearOf = (query: unknown): number => {
  const result = iatiQuery.safeParse(query);
  if (result.success) return result.data.fiscalYear;
  throw new HttpException(
    { code: 'request.invalid', message: 'fiscalYear (BE, e.g. 2566) is required', messageTh: 'ต้องระบุปีงบประมาณ (พ.ศ.)' },
    400,
  );
};

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2023-10-15T03:00:00.000Z" xmlns:kongthun="urn:kongthun:iati:1">
  <iati-activity xml:lang="th" default-currency="THB" hierarchy="2" kongthun:fiscal-year-be="2566">
    <iati-identifier>XX-KONGTHUN-CODI-codi-saraburi-2566-sb-2566-05</iati-identifier>
    …
    <transaction ref="aw-sb-2566-05-t1">
      <transaction-type code="3"/>
      <transaction-date iso-date="2023-02-01"/>
      <value currency="THB" value-date="2023-02-01">600000.00</value>
      …
    </transaction>
  </iati-activity>
  …
</iati-activities>
`;

/** The IATI export (มาตรฐาน IATI): a programme's fiscal year as IATI 2.03 activity XML. */
@ApiTags('grants: views')
@ApiBearerAuth()
@Controller('api/grants')
export class IatiExportController {
  constructor(
    @Inject(GRANTS_EVENT_STORE) private readonly store: EventStore,
    private readonly handler: GrantsCommandHandler,
  ) {}

  @Get('programmes/:programmeId/iati')
  @Roles('grants-officer', 'committee', 'auditor')
  @ApiQuery({ name: 'fiscalYear', required: true, description: 'The BE fiscal year, e.g. 2566 (1 Oct 2022 – 30 Sep 2023)' })
  @ApiOperation({
    summary: "The programme's fiscal year as IATI 2.03 activity XML: the year as parent activity, each awarded project a child",
    description:
      'Transactions: allocations are incoming funds (1) of the parent; the award and its cuts are commitments (2, cuts negative); ' +
      'tranches are disbursements (3) and refunds negative disbursements; accepted expense reports are expenditure (4). ' +
      'Dates are Gregorian; the BE fiscal year is the attribute kongthun:fiscal-year-be. Amounts in THB, exact to the satang.',
  })
  @ApiFileAnswers({
    description: 'IATI activities XML (UTF-8), streamed one project at a time; valid against the IATI 2.03 activity schema',
    files: { [IATI_CONTENT_TYPE]: { text: SAMPLE } },
    refuses: ['request.invalid', 'programme.not-found', 'budget.not-found', 'auth.out-of-scope', 'iati.funder-unidentified'],
  })
  async iati(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programmeId') programmeId: string,
    @Query() query: unknown,
    @Res() response: Response,
  ): Promise<void> {
    id.parse(programmeId);
    const fiscalYear = fiscalYearOf(query);
    const chunks = await openIatiExport(this.store, this.handler, actor, programmeId, fiscalYear);
    response.status(200);
    response.setHeader('content-type', IATI_CONTENT_TYPE);
    response.setHeader('content-disposition', `attachment; filename="iati-${programmeId}-${fiscalYear}.xml"`);
    try {
      for await (const chunk of chunks) if (!response.write(chunk)) await once(response, 'drain');
      response.end();
    } catch (error) {
      // The status is sent already: a truncated document must not look complete.
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
