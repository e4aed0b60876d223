import { v7 as uuidv7 } from 'uuid';
import { EventStore } from '@kongthun/event-sourcing';
import { dateOfInstant, fiscalYearOfDate, fold, Money } from '@kongthun/kernel';
import {
  CommandMetadata,
  creditMemberMoney,
  evolveBooks,
  fundDecider,
  FundEvent,
  governanceStreamId,
  memberMoneyIn,
} from '@kongthun/welfare-domain';
import { FundStreams, OpenYear } from './fund-streams';

const BATCH = 1000;

/**
 * Credits member money (joining fees, contributions, recorded on member streams) to the fund's
 * open books in one summary event: the process the README's "Invariants" section relies on.
 * Idempotent (it starts after the books' `creditedThrough` and appends with the books' revision,
 * so a concurrent run conflicts and finds nothing left) and replayable (the credit names its log
 * range). Also opens the year's books, closing the year before: the year-end close.
 */
export class MemberMoneyCrediting {
  constructor(
    private readonly store: EventStore,
    private readonly streams: FundStreams,
  ) {}

  /** Credits what is pending for `fundId`; the number of member-money events credited (0: nothing to do). */
  async credit(fundId: string, metadata: CommandMetadata): Promise<number> {
    const governance = fold(fundDecider, (await this.streams.read(governanceStreamId(fundId))).events);
    if (governance.status !== 'Registered') return 0;
    const fiscalYear = fiscalYearOfDate(dateOfInstant(metadata.now));
    const year = await this.streams.openYear(fundId, fiscalYear, fiscalYearOfDate(governance.foundedOn), metadata);
    const { credit, count } = await this.pending(fundId, year, metadata);
    const writes = [...(year.closing === null ? [] : [year.closing]), { stream: year.books, events: [...year.opening, ...credit] }];
    await this.streams.append(writes, { actor: metadata.actor, correlationId: uuidv7(), causationId: null }, uuidv7);
    return count;
  }

  /**
   * Adds what is pending to `year` in memory (its opening events and state), for a command to
   * append with its own events in one write: a refused command then writes nothing.
   */
  async creditInto(fundId: string, year: OpenYear, metadata: CommandMetadata): Promise<number> {
    const { credit, count } = await this.pending(fundId, year, metadata);
    year.opening = [...year.opening, ...credit];
    year.state = credit.reduce(evolveBooks, year.state);
    return count;
  }

  private async pending(fundId: string, year: OpenYear, metadata: CommandMetadata): Promise<{ credit: FundEvent[]; count: number }> {
    const after = year.state.creditedThrough;
    let amount = Money.zero;
    let count = 0;
    let through = after;
    for (;;) {
      const batch = await this.store.readAll({ ...(through === null ? {} : { after: through }), maxCount: BATCH });
      for (const entry of batch) {
        const money = memberMoneyIn(entry.event, fundId);
        if (money !== null) {
          amount = amount.plus(money);
          count++;
        }
        through = entry.checkpoint;
      }
      if (batch.length < BATCH) break;
    }
    const credit =
      through === null
        ? []
        : creditMemberMoney(
            { type: 'CreditMemberMoney', data: { fundId, amount: amount.toJSON(), count, after, through }, metadata },
            year.state,
          );
    return { credit, count };
  }
}
