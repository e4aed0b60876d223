import { Inject, Injectable } from '@nestjs/common';
import { EventStoreError, RecordedEvent } from '@kongthun/event-sourcing';
import { assertFundInScope, AuthenticatedActor } from '@kongthun/http';
import { DomainError, isDomainError, ThaiCitizenId } from '@kongthun/kernel';
import { ErasureGround } from '@kongthun/welfare-domain';
import { CITIZEN_ID_KEY } from '../commands/citizen-id-key';
import { enrolMemberBody } from '../commands/fund-command-bodies';
import { FundCommandHandler } from '../commands/fund-command-handler';
import { EnrolMemberRequest } from '../http/fund-requests';
import { PersonalData } from './personal-data';
import { personalDataErased, personalDataNotFound } from './personal-data-refusals';
import { PersonalDataVault } from './personal-data-vault';
import { personalDataViewFor, PersonalDataView } from './personal-data-view';

const personalDataOf = (request: EnrolMemberRequest): PersonalData => ({
  name: request.name,
  phone: request.phone,
  citizenId: ThaiCitizenId.parse(request.citizenId).reveal(),
  beneficiary: {
    name: request.beneficiary.name,
    phone: request.beneficiary.phone,
    relationship: request.beneficiary.relationship,
    citizenId: request.beneficiary.citizenId === null ? null : ThaiCitizenId.parse(request.beneficiary.citizenId).reveal(),
  },
});

/** A refusal means nothing was appended; any other failure (a lost connection) leaves that unknown. */
const surelyNotAppended = (error: unknown): boolean => isDomainError(error) || error instanceof EventStoreError;

/** Members' personal data (ข้อมูลส่วนบุคคลของสมาชิก): kept at enrolment, shown by role, erased by crypto-shredding. */
@Injectable()
export class MemberPersonalData {
  constructor(
    private readonly handler: FundCommandHandler,
    private readonly vault: PersonalDataVault,
    @Inject(CITIZEN_ID_KEY) private readonly citizenIdKey: string,
  ) {}

  /**
   * Stores the encrypted data first, then appends the enrolment that refers to it: an event never
   * points at data that was not stored. A refused enrolment discards the data again; after an
   * unknown failure it stays, encrypted and unreferenced, rather than risk losing a member's data.
   */
  async enrol(fundId: string, actor: AuthenticatedActor, request: EnrolMemberRequest): Promise<RecordedEvent[]> {
    const ref = PersonalDataVault.newRef();
    const body = enrolMemberBody(request, this.citizenIdKey, ref);
    await this.vault.keep({ ref, fundId, memberId: request.memberId }, personalDataOf(request));
    try {
      return await this.handler.execute(fundId, actor, body);
    } catch (error) {
      if (surelyNotAppended(error)) await this.vault.discard(ref);
      throw error;
    }
  }

  async read(fundId: string, memberId: string, actor: AuthenticatedActor): Promise<PersonalDataView> {
    const fund = await this.handler.withMember(fundId, memberId);
    assertFundInScope(actor, fund);
    const member = fund.members.get(memberId);
    if (member === undefined)
      throw new DomainError('member.not-found', `No member ${memberId}`, { messageTh: 'ไม่พบสมาชิก', details: { memberId } });
    if (member.personalDataErased) throw personalDataErased(memberId);
    const reading = await this.vault.read(member.personalDataRef);
    if (reading.status === 'erased') throw personalDataErased(memberId);
    // A reference is only honoured for the fund and member it was stored for.
    if (reading.status === 'not-found' || reading.owner.fundId !== fundId || reading.owner.memberId !== memberId)
      throw personalDataNotFound(memberId);
    return personalDataViewFor(actor, memberId, member.personalDataRef, reading.data);
  }

  /**
   * Records the order as an event, then deletes the data key. If the process stops in between, the
   * events already say "erased" (reads answer 410) and a repeated order, refused as already erased,
   * finishes the shredding before it answers.
   */
  async erase(
    fundId: string,
    memberId: string,
    actor: AuthenticatedActor,
    request: { ground: ErasureGround; requestRef: string },
  ): Promise<RecordedEvent[]> {
    try {
      const events = await this.handler.execute(fundId, actor, { type: 'ErasePersonalData', data: { memberId, ...request } });
      for (const event of events) await this.vault.shred({ ref: String(event.data.personalDataRef), fundId, memberId }, actor.userId);
      return events;
    } catch (error) {
      if (isDomainError(error) && error.code === 'personal-data.already-erased') {
        await this.vault.shred({ ref: String(error.details?.personalDataRef), fundId, memberId }, actor.userId);
      }
      throw error;
    }
  }
}
