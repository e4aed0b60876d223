import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLedgerStore, MoneyLogStore } from '@kongthun/audit-store';
import { moneyMessageId } from '@kongthun/money-contract';
import { ApiAnswers, Public } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import { AuditJobs } from '../ledger/audit-jobs';
import { AUDIT_LEDGER, AUDIT_MONEY_LOG } from '../ledger/audit-tokens';
import * as answers from './audit-answers';
import { refusingAsDomain } from './audit-refusal';

const notAPayment = (eventId: string) =>
  new DomainError('audit.payment.not-found', `No payment recorded by event ${eventId}`, {
    messageTh: 'ไม่พบรายการจ่ายเงินนี้ในบัญชีหลักฐาน',
  });

/**
 * A payment's evidence for the person paid: the QR code on their receipt opens it without an
 * account. Only events the money contract records as a disbursement are served (never a member's
 * enrolment or any other internal event); the bundle carries keyed hashes, not names or IDs, and
 * the event id (UUIDv7, 74 random bits) is the capability printed on the receipt.
 */
@ApiTags('audit: payment receipts')
@Controller('api/audit/payments')
export class PaymentReceiptController {
  constructor(
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
    @Inject(AUDIT_MONEY_LOG) private readonly moneyLog: MoneyLogStore,
    private readonly jobs: AuditJobs,
  ) {}

  @Get(':eventId/evidence')
  @Public()
  @ApiAnswers({
    description: "The payment's evidence bundle: its event, proven against one signed tree head",
    schema: answers.evidenceBundleAnswer,
    example: answers.evidenceBundleExample,
    refuses: ['audit.payment.not-found', 'audit.not-yet-signed'],
  })
  @ApiOperation({
    summary: "A payment's evidence bundle, for the receipt's QR code: the payout event, its inclusion proof and a signed tree head",
  })
  async paymentEvidence(@Param('eventId') eventId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(eventId)) throw notAPayment(eventId);
    if (!(await this.isDisbursement(eventId))) throw notAPayment(eventId);
    await this.jobs.signIfGrown();
    return refusingAsDomain(() => this.ledger.evidenceBundle({ eventIds: [eventId] }));
  }

  /** One event may be translated into several money messages, numbered from 0 without gaps. */
  private async isDisbursement(eventId: string): Promise<boolean> {
    for (let index = 0; ; index++) {
      const entry = await this.moneyLog.message(moneyMessageId(eventId, index));
      if (entry === undefined) return false;
      if (entry.message.type === 'money.disbursement.made') return true;
    }
  }
}
