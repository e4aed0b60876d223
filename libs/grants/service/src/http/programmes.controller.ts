import { Body, Controller, HttpCode, Inject, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { assertRegistrarCovers, AuthenticatedActor, CurrentActor, Roles } from '@kongthun/http';
import { ContactPerson } from '@kongthun/grants-domain';
import { KeyedHasher, ThaiCitizenId } from '@kongthun/kernel';
import { GrantsCommandHandler } from '../commands/grants-command-handler';
import { assertGrantsScope } from '../commands/grants-scope';
import { ContactVault } from '../contacts/contact-vault';
import { body } from './grants-request-fields';
import * as requests from './grants-requests';
import { recorded } from './recorded-events';
import { GrantsCommandAnswer } from './grants-command-answer';

export const GRANTS_HASH_KEY = Symbol('grants.hash-key');
/** The encrypted contact persons of organisations. */
export const GRANTS_CONTACTS = Symbol('grants.contacts');

const [programmeDoc, programmePipe] = body(requests.registerProgrammeRequest, {
  programmeId: 'codi-saraburi',
  name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
  funder: 'สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)',
  areaCodes: ['19'],
  rules: requests.RULES_EXAMPLE,
});
const [rulesDoc, rulesPipe] = body(requests.adoptRulesRequest, {
  rules: { ...requests.RULES_EXAMPLE, version: 2, effectiveFrom: '2023-04-01' },
});
const [budgetDoc, budgetPipe] = body(requests.openBudgetRequest, { fiscalYear: 2566, openedOn: '2022-10-01' });
const [allocateDoc, allocatePipe] = body(requests.allocateRequest, {
  allocationId: 'al-2566-1',
  kind: 'allocation',
  amount: '6,749,210.00',
  amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
  documentRef: 'พอช. ภกต. 0123/2566',
  receivedOn: '2022-11-01',
});
const [organisationDoc, organisationPipe] = body(requests.registerOrganisationRequest, {
  organisationId: 'org-nong-khae',
  name: 'สภาองค์กรชุมชนตำบลหนองแค',
  type: 'community-council',
  areaCode: '190301',
  bankAccount: '123-4-56789-0',
  representativeCitizenId: '1101700230708',
  contacts: [{ name: 'นางสาวสมใจ ใจดี', phone: '081-234-5678', role: 'ประธานสภาองค์กรชุมชน' }],
});

/** Programmes, their rule versions and fiscal-year budgets, and the organisations that propose projects. */
@ApiTags('grants: programmes and budgets')
@ApiBearerAuth()
@Controller('api/grants')
export class ProgrammesController {
  constructor(
    private readonly handler: GrantsCommandHandler,
    @Inject(GRANTS_HASH_KEY) private readonly hashKey: string,
    @Inject(GRANTS_CONTACTS) private readonly contacts: ContactVault,
  ) {}

  @Post('programmes')
  @Roles('grants-officer')
  @ApiOperation({
    summary: 'Register a grant programme with its first rule version (ลงทะเบียนแผนงาน)',
    description: 'An administrator, or a grants officer whose areas cover every area the programme names.',
  })
  @programmeDoc
  @GrantsCommandAnswer(
    'grants.programme.registered',
    'grants-programme-codi-saraburi',
    { programmeId: 'codi-saraburi', areaCodes: ['19'] },
    'programme',
    'rules',
  )
  async register(
    @CurrentActor() actor: AuthenticatedActor,
    @Body(programmePipe) request: z.output<typeof requests.registerProgrammeRequest>,
  ) {
    // An administrator anywhere, or a grants officer whose areas cover every area the programme names.
    for (const areaCode of request.areaCodes) assertRegistrarCovers(actor, areaCode, ['grants-officer'], 'a grant programme');
    return recorded(await this.handler.programmeCommand(actor, request.programmeId, { type: 'RegisterProgramme', data: request }));
  }

  @Post('programmes/:programmeId/rules')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Adopt the next version of the programme rules: tiers, tranche split, quorum (ปรับหลักเกณฑ์)' })
  @rulesDoc
  @GrantsCommandAnswer(
    'grants.programme.rules-adopted',
    'grants-programme-codi-saraburi',
    { programmeId: 'codi-saraburi', version: 2 },
    'programme',
    'rules',
  )
  async adoptRules(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programmeId') programmeId: string,
    @Body(rulesPipe) request: z.output<typeof requests.adoptRulesRequest>,
  ) {
    return recorded(
      await this.handler.programmeCommand(actor, programmeId, { type: 'AdoptGrantRules', data: { programmeId, rules: request.rules } }),
    );
  }

  @Post('programmes/:programmeId/budgets')
  @Roles('grants-officer')
  @ApiOperation({ summary: "Open the programme's budget for a fiscal year (เปิดงบประมาณประจำปี)" })
  @budgetDoc
  @GrantsCommandAnswer(
    'grants.budget.opened',
    'grants-budget-codi-saraburi-2566',
    { programmeId: 'codi-saraburi', fiscalYear: 2566 },
    'programme',
    'budget',
  )
  async openBudget(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programmeId') programmeId: string,
    @Body(budgetPipe) request: z.output<typeof requests.openBudgetRequest>,
  ) {
    const { name, funder, areaCodes } = await this.handler.programmeInScope(actor, programmeId);
    return recorded(
      await this.handler.budgetCommand(actor, programmeId, request.fiscalYear, {
        type: 'OpenBudget',
        data: { programmeId, fiscalYear: request.fiscalYear, programmeName: name, funder, areaCodes, openedOn: request.openedOn },
      }),
    );
  }

  @Post('programmes/:programmeId/budgets/:fiscalYear/allocations')
  @Roles('grants-officer')
  @ApiOperation({ summary: 'Record an allocation or increase, with its document in figures and Thai words (รับจัดสรรงบประมาณ)' })
  @allocateDoc
  @GrantsCommandAnswer(
    'grants.budget.allocated',
    'grants-budget-codi-saraburi-2566',
    { allocationId: 'al-2566-1', amount: '6749210.00' },
    'budget',
    'money',
  )
  async allocate(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('programmeId') programmeId: string,
    @Param('fiscalYear', ParseIntPipe) fiscalYear: number,
    @Body(allocatePipe) request: z.output<typeof requests.allocateRequest>,
  ) {
    return recorded(await this.handler.budgetCommand(actor, programmeId, fiscalYear, { type: 'AllocateBudget', data: request }));
  }

  @Post('organisations')
  @Roles('grants-officer')
  @ApiOperation({
    summary:
      'Register a community organisation: area, type, bank account (kept as a keyed hash), contact persons (kept encrypted; the event holds references) (ลงทะเบียนองค์กร)',
  })
  @organisationDoc
  @GrantsCommandAnswer(
    'grants.organisation.registered',
    'grants-organisation-org-nong-khae',
    { organisationId: 'org-nong-khae', areaCode: '190301' },
    'organisation',
    'citizen-id',
  )
  async registerOrganisation(
    @CurrentActor() actor: AuthenticatedActor,
    @Body(organisationPipe) request: z.output<typeof requests.registerOrganisationRequest>,
  ) {
    assertGrantsScope(actor, '', [request.areaCode]);
    const hasher = new KeyedHasher(this.hashKey);
    const { bankAccount, representativeCitizenId, contacts: given, ...rest } = request;
    const hashes = {
      bankAccountHash: hasher.account(bankAccount),
      representativeCitizenIdHash: hasher.citizenId(ThaiCitizenId.parse(representativeCitizenId)),
    };
    const kept: string[] = [];
    try {
      const contacts: ContactPerson[] = [];
      for (const contact of given) {
        if ('personalDataRef' in contact) contacts.push(contact);
        else {
          const ref = ContactVault.newRef();
          await this.contacts.keep(ref, request.organisationId, { name: contact.name, phone: contact.phone });
          kept.push(ref);
          contacts.push({ personalDataRef: ref, role: contact.role });
        }
      }
      const data = { ...rest, ...hashes, contacts };
      return recorded(await this.handler.organisationCommand(actor, request.organisationId, { type: 'RegisterOrganisation', data }));
    } catch (error) {
      // A refused registration writes nothing: the contacts kept for it go too.
      await Promise.all(kept.map((ref) => this.contacts.discard(ref)));
      throw error;
    }
  }
}
