import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { isDomainError } from '@kongthun/kernel';
import { EventLogFollower } from '@kongthun/read-models';
import { z } from 'zod/v4';
import { UserAdministration } from '../users/user-administration';

/** The fields this process reads of welfare's events, as stored: it imports nothing of welfare's code. */
const committeeMember = z.object({ userId: z.string(), role: z.enum(['chair', 'treasurer', 'member']) });
const fundRegistered = z.object({ fundId: z.string(), committee: z.array(committeeMember) });
const memberAppointed = z.object({ fundId: z.string(), member: committeeMember });

/** The host itself, as the actor of the users it creates. */
export const IDENTITY_PROCESS_ACTOR = { userId: 'kongthun-identity', role: 'system' } as const;

/** A fund's treasurer keeps the books; the chair and the other members decide as the committee. */
const roleOf = (role: z.output<typeof committeeMember>['role']) => (role === 'treasurer' ? 'treasurer' : 'committee');

/**
 * A fund's committee users are created with the fund: on `welfare.fund.registered` (and on each
 * `welfare.committee.member-appointed`) every committee member without a user gets one, scoped to
 * that fund, without a password until an administrator sets one. A process reacting to the event
 * rather than a step of the registration request: welfare's command path stays unaware of users,
 * the users follow from the log alone (a replay makes the same ones), and the same process runs
 * from Kafka in the distributed topology. Idempotent: a user who exists is left as they are.
 */
export class FundCommitteeUsers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FundCommitteeUsers');
  readonly follower: EventLogFollower;

  constructor(
    store: EventStore,
    private readonly administration: UserAdministration,
  ) {
    this.follower = new EventLogFollower(store, {
      handle: (event) => this.handle(event),
      onError: (error) => this.logger.error(`creating committee users failed: ${error instanceof Error ? error.stack : String(error)}`),
    });
  }

  async handle(event: RecordedEvent): Promise<void> {
    const members =
      event.type === 'welfare.fund.registered'
        ? this.parsed(fundRegistered, event, (data) => data.committee.map((member) => ({ ...member, fundId: data.fundId })))
        : event.type === 'welfare.committee.member-appointed'
          ? this.parsed(memberAppointed, event, (data) => [{ ...data.member, fundId: data.fundId }])
          : [];
    for (const member of members) await this.ensureUser(member, event.id);
  }

  private parsed<T extends z.ZodType, R>(schema: T, event: RecordedEvent, members: (data: z.output<T>) => R[]): R[] {
    const result = schema.safeParse(event.data);
    if (result.success) return members(result.data);
    this.logger.warn(`${event.type} ${event.id} does not have the committee fields this process reads; skipped`);
    return [];
  }

  private async ensureUser(member: { userId: string; role: 'chair' | 'treasurer' | 'member'; fundId: string }, causationId: string) {
    try {
      await this.administration.create(
        IDENTITY_PROCESS_ACTOR,
        { userId: member.userId, role: roleOf(member.role), scope: { funds: [member.fundId] } },
        causationId,
      );
    } catch (error) {
      if (isDomainError(error) && error.code === 'identity.user-exists') return;
      // A committee id that cannot be a login name gets no user; the fund is registered all the same.
      if (isDomainError(error) && error.code === 'identity.user-id-invalid') {
        this.logger.warn(`committee member ${member.userId} of ${member.fundId} cannot be a login name; no user created`);
        return;
      }
      throw error;
    }
  }

  onModuleInit(): Promise<void> {
    return this.follower.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.follower.stop();
  }
}
