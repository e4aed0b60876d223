import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, openApiSchemaOf, Roles, ZodBody } from '@kongthun/http';
import { RecordsPersonalDataAccess } from '@kongthun/identity-service';
import { MemberPersonalData } from '../personal-data/member-personal-data';
import { erasePersonalDataRequest } from './fund-requests';
import { recorded } from './recorded-events';

const erasePipe = new ZodBody(erasePersonalDataRequest);

/** A member's personal data (ข้อมูลส่วนบุคคล): read by the people who run the fund, erased under the PDPA. */
@ApiTags('welfare: personal data')
@ApiBearerAuth()
@Controller('api/welfare/funds/:fundId/members/:memberId/personal-data')
export class MemberPersonalDataController {
  constructor(private readonly members: MemberPersonalData) {}

  @Get()
  @Roles('committee', 'treasurer', 'auditor', 'viewer')
  @RecordsPersonalDataAccess((params) => `welfare/${params.fundId}/${params.memberId}`)
  @ApiOperation({
    summary:
      'Name, phone and citizen ID of a member and their beneficiary; an auditor sees the citizen ID masked, a viewer all three. A reason is required and each read is recorded (PDPA). 410 once erased',
  })
  read(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Param('memberId') memberId: string) {
    return this.members.read(fundId, memberId, actor);
  }

  @Post('erasure')
  @Roles('committee')
  @ApiOperation({
    summary:
      'Erase the personal data (ลบข้อมูลส่วนบุคคล, PDPA) by deleting its key; the chair or an administrator only. Events are not changed',
  })
  @ApiBody({ schema: openApiSchemaOf(erasePersonalDataRequest) })
  erase(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('memberId') memberId: string,
    @Body(erasePipe) request: z.output<typeof erasePersonalDataRequest>,
  ) {
    return this.members.erase(fundId, memberId, actor, request).then(recorded);
  }
}
