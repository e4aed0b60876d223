import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant } from '@kongthun/kernel';
import { rulesInForceOn } from '@kongthun/welfare-domain';
import { FundListReader } from '../projections/fund-list-reader';
import { FundCommandHandler } from './fund-command-handler';

/** Who the lapse job acts as: no person, every fund (its events name this user). */
export const LAPSE_JOB_ACTOR: AuthenticatedActor = { userId: 'system.lapse-job', role: 'admin', scope: {} };

export const DEFAULT_LAPSE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Applies the lapse rule to every fund on a timer (and credits member money to the books, closing
 * a fiscal year once the next has begun), so that the membership the rule has ended is
 * recorded ended, and a member shown `active` is not refused as lapsed by the next command. It reads
 * the member list for candidates and only their streams, not every member's. Runs
 * that find nobody to lapse record nothing. A run never overlaps the one before; a fund that fails
 * is logged and retried on the next run, the others go on.
 */
export class LapseSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly logger = new Logger('LapseSchedule');

  constructor(
    private readonly handler: FundCommandHandler,
    private readonly funds: FundListReader,
    /** Milliseconds between runs; 0 turns the job off. */
    private readonly intervalMs: number,
  ) {}

  /** One run over every registered fund: what each recorded, by fund id. */
  async runOnce(): Promise<Map<string, number>> {
    const lapsed = new Map<string, number>();
    let cursor: string | undefined;
    do {
      const page = await this.funds.funds(() => true, 100, cursor);
      for (const { fundId } of page.items) {
        try {
          lapsed.set(fundId, await this.lapse(fundId));
          // The same run credits member money to the open books, and in a new fiscal year closes the last one.
          await this.handler.crediting.credit(fundId, {
            now: this.handler.now(),
            actor: { userId: LAPSE_JOB_ACTOR.userId, role: LAPSE_JOB_ACTOR.role },
          });
        } catch (error) {
          this.logger.error(`applying lapses to fund ${fundId} failed; retried on the next run: ${String(error)}`);
        }
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return lapsed;
  }

  /**
   * Lapses the fund's candidates (README, "A member's years": the member list's paid-through, not every
   * member's stream); the command decides on each candidate's own stream. The number recorded.
   */
  private async lapse(fundId: string): Promise<number> {
    const fund = await this.handler.registered(fundId);
    const today = dateOfInstant(this.handler.now());
    const memberIds = await this.funds.lapseCandidates(fundId, rulesInForceOn(fund.rules, today), today);
    if (memberIds.length === 0) return 0;
    return (await this.handler.execute(fundId, LAPSE_JOB_ACTOR, { type: 'ApplyLapses', data: { memberIds } })).length;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error) => this.logger.error(String(error)))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

/** The job as a provider of a host module (it needs the welfare command and query modules imported). */
export const lapseScheduleProvider = (intervalMs = DEFAULT_LAPSE_INTERVAL_MS) => ({
  provide: LapseSchedule,
  useFactory: (handler: FundCommandHandler, funds: FundListReader) => new LapseSchedule(handler, funds, intervalMs),
  inject: [FundCommandHandler, FundListReader],
});

/** `KONGTHUN_LAPSE_INTERVAL_MINUTES` (60 when unset; 0 turns the job off) in milliseconds. */
export const lapseIntervalFromEnv = (env: NodeJS.ProcessEnv): number => {
  const minutes = Number(env.KONGTHUN_LAPSE_INTERVAL_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(`KONGTHUN_LAPSE_INTERVAL_MINUTES must be a number of minutes, 0 or more; got ${env.KONGTHUN_LAPSE_INTERVAL_MINUTES}`);
  return minutes * 60 * 1000;
};
