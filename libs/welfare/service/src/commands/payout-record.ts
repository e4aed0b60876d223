import { EventStore } from '@kongthun/event-sourcing';
import { DomainError, fiscalYearOfDate } from '@kongthun/kernel';
import { booksStreamId } from '@kongthun/welfare-domain';

/** A payout as its books hold it, with the id of the event that recorded it: the receipt's address. */
export interface PayoutRecord {
  payoutId: string;
  claimId: string;
  memberId: string;
  amount: string;
  paidOn: string;
  /** The `welfare.payout.made` event id: the audit ledger proves the payment under it. */
  eventId: string;
  reversed: boolean;
}

/**
 * Finds a payout in the fund's books, newest year first, back to the founding year: a receipt is
 * reprinted long after the day it was paid, when only the payout id is on the member's statement.
 */
export const findPayoutRecord = async (
  store: EventStore,
  fund: { fundId: string; foundedOn: string },
  payoutId: string,
  today: string,
): Promise<PayoutRecord> => {
  for (let year = fiscalYearOfDate(today); year >= fiscalYearOfDate(fund.foundedOn); year--) {
    const events = await store.readStream(booksStreamId(fund.fundId, year));
    const made = events.find((event) => event.type === 'welfare.payout.made' && event.data.payoutId === payoutId);
    if (made === undefined) continue;
    const data = made.data as { claimId: string; memberId: string; amount: string; paidOn: string };
    // A reversal names the payout it undoes; it is recorded in the year it was made, or a later one.
    let reversed = false;
    for (let later = year; later <= fiscalYearOfDate(today) && !reversed; later++) {
      const books = later === year ? events : await store.readStream(booksStreamId(fund.fundId, later));
      reversed = books.some((event) => event.type === 'welfare.payout.reversed' && event.data.payoutId === payoutId);
    }
    return {
      payoutId,
      claimId: data.claimId,
      memberId: data.memberId,
      amount: data.amount,
      paidOn: data.paidOn,
      eventId: made.id,
      reversed,
    };
  }
  throw new DomainError('payout.not-found', `No payout ${payoutId} in fund ${fund.fundId}`, {
    messageTh: 'ไม่พบรายการจ่ายเงินนี้',
    details: { payoutId },
  });
};
