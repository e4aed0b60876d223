import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { RecordsPersonalDataAccess } from '@kongthun/identity-service';
import { DomainError } from '@kongthun/kernel';
import { bucketOf } from '@kongthun/relief-domain';
import { ReliefDeclarations, zoneFactsOf } from '../commands/relief-declarations';
import { ReliefHouseholds } from '../commands/relief-households';
import { householdSubject } from '../personal-data/household-personal-data';
import { householdPersonalDataViewFor } from '../personal-data/household-personal-data-view';
import { HOUSEHOLD_VAULT, HouseholdVault } from '../personal-data/household-vault';
import * as answers from './relief-answers';

/** A household's head and members (ข้อมูลส่วนบุคคล): decrypted for those who pay it, every read recorded. */
@ApiTags('relief: personal data')
@ApiBearerAuth()
@Controller('api/relief/declarations/:declarationId/households/:householdId/personal-data')
export class HouseholdPersonalDataController {
  constructor(
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    @Inject(HOUSEHOLD_VAULT) private readonly vault: HouseholdVault,
  ) {}

  @Get()
  @Roles('relief-officer', 'committee', 'auditor', 'viewer')
  @RecordsPersonalDataAccess((params) => householdSubject(params.declarationId, params.householdId))
  @ApiOperation({
    summary:
      'Names, phones and citizen IDs of a household’s head and members (by household id, the keyed hash); an auditor sees citizen IDs masked, a viewer every field. A reason is required and each read is recorded (PDPA)',
  })
  @ApiAnswers({
    description: 'The household’s people, decrypted (`kept: false` for a household registered by reference only)',
    schema: answers.householdPersonalDataAnswer,
    example: answers.householdPersonalDataExample,
    refuses: [
      'relief.declaration-not-found',
      'relief.household-id-invalid',
      'relief.household-not-registered',
      'personal-data.reason-required',
      'auth.out-of-scope',
    ],
  })
  async read(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('declarationId') declarationId: string,
    @Param('householdId') householdId: string,
  ) {
    const zone = zoneFactsOf(await this.declarations.zone(declarationId, actor, true));
    if (!/^[0-9a-f]{64}$/.test(householdId))
      throw new DomainError('relief.household-id-invalid', 'A household id is the 64-hex keyed hash listed with the households', {
        messageTh: 'รหัสครัวเรือนไม่ถูกต้อง',
      });
    const state = await this.households.bucketState(zone, bucketOf(householdId, zone.householdBuckets));
    if (!state.households.has(householdId))
      throw new DomainError('relief.household-not-registered', 'No such household in this declaration', {
        messageTh: 'ไม่พบครัวเรือนนี้ในประกาศ',
      });
    return householdPersonalDataViewFor(actor, householdId, await this.vault.read(declarationId, householdId));
  }
}
