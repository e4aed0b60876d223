import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@kongthun/event-sourcing';
import { ApiAnswers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { RecordsPersonalDataAccess } from '@kongthun/identity-service';
import { OrganisationData, organisationStreamId, refuse } from '@kongthun/grants-domain';
import { GRANTS_EVENT_STORE } from '../commands/grants-command-handler';
import { inGrantsScope } from '../commands/grants-scope';
import { ContactVault } from '../contacts/contact-vault';
import { GRANTS_CONTACTS } from './programmes.controller';
import * as answers from './grants-view-answers';
import { id } from './grants-request-fields';

/** The contact persons of an organisation (ผู้ประสานงาน): personal data, decrypted for those who work with it. */
@ApiTags('grants: personal data')
@ApiBearerAuth()
@Controller('api/grants/organisations/:organisationId/contacts')
export class OrganisationContactsController {
  constructor(
    @Inject(GRANTS_EVENT_STORE) private readonly store: EventStore,
    @Inject(GRANTS_CONTACTS) private readonly contacts: ContactVault,
  ) {}

  @Get()
  @Roles('grants-officer', 'committee')
  @RecordsPersonalDataAccess((params) => `grants/organisation/${params.organisationId}`)
  @ApiOperation({
    summary:
      "An organisation's contact persons: name and phone, decrypted. A reason is required and each read is recorded (PDPA); a contact given only by reference shows `kept: false`",
  })
  @ApiAnswers({
    description: 'The contact persons, decrypted',
    schema: answers.contactsAnswer,
    example: answers.contactsExample,
    refuses: ['organisation.not-found', 'personal-data.reason-required'],
  })
  async read(@CurrentActor() actor: AuthenticatedActor, @Param('organisationId') organisationId: string) {
    id.parse(organisationId);
    const [registered] = await this.store.readStream(organisationStreamId(organisationId), { maxCount: 1 });
    const organisation = registered?.data as unknown as OrganisationData | undefined;
    // Out of the reader's areas reads as unknown: they learn nothing of it.
    if (organisation === undefined || !inGrantsScope(actor, '', [organisation.areaCode]))
      throw refuse('organisation.not-found', 'No such organisation', 'ไม่พบองค์กร', { organisationId });
    const contacts = [];
    for (const { personalDataRef, role } of organisation.contacts) {
      const details = await this.contacts.read(personalDataRef, organisationId);
      contacts.push(
        details === undefined
          ? { personalDataRef, role, kept: false, name: null, phone: null }
          : { personalDataRef, role, kept: true, ...details },
      );
    }
    return { organisationId, contacts };
  }
}
