import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { AuthenticatedActor, CurrentActor, Idempotent, Roles } from '@kongthun/http';
import { KeyedHasher } from '@kongthun/kernel';
import { FundCommand } from '@kongthun/welfare-domain';
import { CITIZEN_ID_KEY } from '../commands/citizen-id-key';
import { registerFundBody, rulesInput } from '../commands/fund-command-bodies';
import { CommandBody, FundCommandHandler } from '../commands/fund-command-handler';
import { MemberPersonalData } from '../personal-data/member-personal-data';
import { body } from './documented-body';
import * as requests from './fund-requests';
import { recorded } from './recorded-events';

export { CITIZEN_ID_KEY };

const [registerDoc, registerPipe] = body(requests.registerFundRequest);
const [rulesDoc, rulesPipe] = body(requests.adoptRulesRequest);
const [relationDoc, relationPipe] = body(requests.declareRelationRequest);
const [enrolDoc, enrolPipe] = body(requests.enrolMemberRequest);
const [contributionDoc, contributionPipe] = body(requests.recordContributionRequest);
const [matchingDoc, matchingPipe] = body(requests.recordMatchingFundsRequest);
const [spendingDoc, spendingPipe] = body(requests.recordAdminSpendingRequest);
const [overrideDoc, overridePipe] = body(requests.grantAdminOverrideRequest);
const [claimDoc, claimPipe] = body(requests.submitClaimRequest);
const [rejectDoc, rejectPipe] = body(requests.rejectClaimRequest);
const [payDoc, payPipe] = body(requests.payClaimRequest);
const [reverseDoc, reversePipe] = body(requests.reversePayoutRequest);

@ApiTags('welfare: commands')
@ApiBearerAuth()
@Controller('api/welfare/funds')
export class FundCommandsController {
  constructor(
    private readonly handler: FundCommandHandler,
    private readonly members: MemberPersonalData,
    @Inject(CITIZEN_ID_KEY) private readonly citizenIdKey: string,
  ) {}

  private run<T extends FundCommand['type']>(fundId: string, actor: AuthenticatedActor, command: CommandBody<T>) {
    return this.handler.execute(fundId, actor, command).then(recorded);
  }

  @Post()
  // An administrator only: no officer role registers welfare funds yet (`assertRegistrarCovers` when one does).
  @Roles()
  @ApiOperation({ summary: 'Register a fund with its committee and founding rules (จดทะเบียนกองทุน); an administrator only' })
  @registerDoc
  register(@CurrentActor() actor: AuthenticatedActor, @Body(registerPipe) request: z.output<typeof requests.registerFundRequest>) {
    return this.run(request.fundId, actor, registerFundBody(request, this.citizenIdKey));
  }

  @Post(':fundId/rules')
  @HttpCode(201)
  @Roles('committee')
  @ApiOperation({ summary: 'Adopt a new version of the fund rules from a date (แก้ไขระเบียบ)' })
  @rulesDoc
  adoptRules(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(rulesPipe) request: z.output<typeof requests.adoptRulesRequest>,
  ) {
    return this.run(fundId, actor, { type: 'AdoptRules', data: { ...request, rules: rulesInput(request.rules) } });
  }

  @Post(':fundId/relations')
  @Roles('committee')
  @ApiOperation({ summary: 'Record that a committee member is related to a member (conflict of interest)' })
  @relationDoc
  declareRelation(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(relationPipe) request: z.output<typeof requests.declareRelationRequest>,
  ) {
    return this.run(fundId, actor, { type: 'DeclareRelation', data: request });
  }

  @Post(':fundId/members')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({
    summary:
      'Enrol a member (สมัครสมาชิก) and record the joining fee; name, phone and citizen IDs are kept only encrypted, the event gets a keyed hash and a reference',
  })
  @enrolDoc
  enrol(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(enrolPipe) request: z.output<typeof requests.enrolMemberRequest>,
  ) {
    return this.members.enrol(fundId, actor, request).then(recorded);
  }

  @Post(':fundId/contributions')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({ summary: 'Record a member contribution (เงินสัจจะ/เงินสมทบของสมาชิก)' })
  @contributionDoc
  contribute(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(contributionPipe) request: z.output<typeof requests.recordContributionRequest>,
  ) {
    return this.run(fundId, actor, { type: 'RecordContribution', data: request });
  }

  @Post(':fundId/matching-funds')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({ summary: 'Record matching money from CODI, local government or others (เงินสมทบ)' })
  @matchingDoc
  matching(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(matchingPipe) request: z.output<typeof requests.recordMatchingFundsRequest>,
  ) {
    return this.run(fundId, actor, { type: 'RecordMatchingFunds', data: request });
  }

  @Post(':fundId/admin-overrides')
  @Roles('committee')
  @ApiOperation({ summary: 'Committee override allowing administration spending above the cap' })
  @overrideDoc
  override(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(overridePipe) request: z.output<typeof requests.grantAdminOverrideRequest>,
  ) {
    return this.run(fundId, actor, { type: 'GrantAdminOverride', data: request });
  }

  @Post(':fundId/admin-spending')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({ summary: 'Record administration spending (ค่าบริหารจัดการ), within the cap or under an override' })
  @spendingDoc
  spend(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(spendingPipe) request: z.output<typeof requests.recordAdminSpendingRequest>,
  ) {
    return this.run(fundId, actor, { type: 'RecordAdminSpending', data: request });
  }

  @Post(':fundId/claims')
  @Roles('treasurer', 'committee')
  @Idempotent()
  @ApiOperation({ summary: 'Submit a benefit claim (ยื่นขอรับสวัสดิการ); figures and Thai words must agree' })
  @claimDoc
  submitClaim(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Body(claimPipe) request: z.output<typeof requests.submitClaimRequest>,
  ) {
    return this.run(fundId, actor, { type: 'SubmitClaim', data: request });
  }

  @Post(':fundId/claims/:claimId/approvals')
  @Roles('committee')
  @ApiOperation({ summary: 'Approve a claim as the signed-in committee member (maker–checker)' })
  approve(@CurrentActor() actor: AuthenticatedActor, @Param('fundId') fundId: string, @Param('claimId') claimId: string) {
    return this.run(fundId, actor, { type: 'ApproveClaim', data: { claimId } });
  }

  @Post(':fundId/claims/:claimId/rejection')
  @Roles('committee')
  @rejectDoc
  reject(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('claimId') claimId: string,
    @Body(rejectPipe) request: z.output<typeof requests.rejectClaimRequest>,
  ) {
    return this.run(fundId, actor, { type: 'RejectClaim', data: { claimId, ...request } });
  }

  @Post(':fundId/claims/:claimId/payout')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({ summary: 'Pay an approved claim (จ่ายสวัสดิการ): cash, bank transfer or PromptPay' })
  @payDoc
  pay(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('claimId') claimId: string,
    @Body(payPipe) request: z.output<typeof requests.payClaimRequest>,
  ) {
    const { payeeAccount, ...payout } = request;
    const payeeAccountHash = payeeAccount === null ? null : new KeyedHasher(this.citizenIdKey).account(payeeAccount);
    return this.run(fundId, actor, { type: 'PayClaim', data: { claimId, ...payout, payeeAccountHash } });
  }

  @Post(':fundId/payouts/:payoutId/reversal')
  @Roles('treasurer')
  @Idempotent()
  @ApiOperation({ summary: 'Reverse a payout by a new event naming it; nothing is deleted' })
  @reverseDoc
  reverse(
    @CurrentActor() actor: AuthenticatedActor,
    @Param('fundId') fundId: string,
    @Param('payoutId') payoutId: string,
    @Body(reversePipe) request: z.output<typeof requests.reversePayoutRequest>,
  ) {
    return this.run(fundId, actor, { type: 'ReversePayout', data: { payoutId, ...request } });
  }
}
