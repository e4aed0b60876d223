import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { parseVillageHouseholds, villageHouseholdsFileSchema } from '@kongthun/audit-red-flags';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { ApiAnswers, assertAreasInScope, AuthenticatedActor, CurrentActor, openApiSchemaOf, Roles, ZodBody } from '@kongthun/http';
import { AuditJobs } from '../ledger/audit-jobs';
import { AUDIT_LEDGER } from '../ledger/audit-tokens';

const importAnswer = z.object({
  imported: z.number().int(),
  villagesHeld: z.number().int(),
  findingsRaised: z.number().int().describe('villages already over their new count'),
});
const countAnswer = z.object({ villageCode: z.string(), households: z.number().int(), source: z.string(), asOf: z.string() });
const countExample = { villageCode: '86010101', households: 312, source: 'สถิติจำนวนบ้าน กรมการปกครอง', asOf: '2025-10-31' };

/**
 * Village household counts (จำนวนครัวเรือนรายหมู่บ้าน) the auditor compares registrations with:
 * no programme publishes them, so the audit office imports them from an official statistic.
 */
@ApiTags('audit: reference')
@ApiBearerAuth()
@Controller('api/audit/village-households')
export class VillageHouseholdsController {
  constructor(
    private readonly jobs: AuditJobs,
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
  ) {}

  @Put()
  @Roles('auditor', 'admin')
  @ApiOperation({
    summary: 'Import village household counts (e.g. DOPA statistics): each village’s count is replaced unless the held one is newer',
  })
  @ApiBody({ schema: openApiSchemaOf(villageHouseholdsFileSchema) })
  @ApiAnswers({
    description: 'How many villages were imported and are held, and the findings of villages already over their count',
    schema: importAnswer,
    example: { imported: 5, villagesHeld: 5, findingsRaised: 0 },
    refuses: ['red-flags.village-households-invalid', 'auth.out-of-scope'],
  })
  async import(
    @CurrentActor() actor: AuthenticatedActor,
    @Body(new ZodBody(villageHouseholdsFileSchema)) body: z.output<typeof villageHouseholdsFileSchema>,
  ) {
    const counts = parseVillageHouseholds(body);
    // An auditor of one province imports its villages only: counts elsewhere would judge units they cannot see.
    for (const { villageCode } of counts) assertAreasInScope(actor, [villageCode], `the household count of village ${villageCode}`);
    return { imported: counts.length, ...(await this.jobs.importVillageHouseholds(counts)) };
  }

  @Get()
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Every village household count held, with its source and day' })
  @ApiAnswers({ description: 'The counts, by village code', schema: z.array(countAnswer), example: [countExample] })
  async list() {
    return (await this.ledger.villageHouseholds()).all();
  }
}
