import { Logger } from '@nestjs/common';
import { isDomainError } from '@kongthun/kernel';
import { z } from 'zod/v4';
import { UserAdministration } from '../users/user-administration';

/** The fields this process reads of welfare's events, as stored: it imports nothing of welfare's code. */
const committeeMember = z.object({ userId: z.string(), role: z.enum(['chair', 'treasurer', 'member']) });
const fundRegistered = z.object({ fundId: z.string(), committee: z.array(committeeMember) });
const memberAppointed = z.object({ fundId: z.string(), member: committeeMember });

/** The host itself, as the actor of the users it creates. */
export const IDENTITY_PROCESS_ACTOR = { userId: 'kongthun-identity', role: 'system' } as const;

/** What the process reads of a welfare event, whether it came from the event store or from Kafka; data is checked here. */
export interface FundEvent {
  id: string;
  type: string;
  data: unknown;
}

/** A fund's treasurer keeps the books; the chair and the other members decide as the committee. */
const roleOf = (role: z.output<typeof committeeMember>['role']) => (role === 'treasurer' ? 'treasurer' : 'committee');

/**
 * Every committee member of `welfare.fund.registered` and `welfare.committee.member-appointed`
 * without a user gets one, scoped to that fund, without a password until an administrator sets
 * one. Idempotent: a user who exists is left as they are, so a replay or a redelivery changes nothing.
 * Fed by `FundCommitteeUsers` (the embedded host's event log) or `consumeFundCommittees` (Kafka).
 */
export class FundCommitteeProcess {
  private readonly logger = new Logger('FundCommitteeUsers');

  constructor(private readonly administration: UserAdministration) {}

  async handle(event: FundEvent): Promise<void> {
    const members =
      event.type === 'welfare.fund.registered'
        ? this.parsed(fundRegistered, event, (data) => data.committee.map((member) => ({ ...member, fundId: data.fundId })))
        : event.type === 'welfare.committee.member-appointed'
          ? this.parsed(memberAppointed, event, (data) => [{ ...data.member, fundId: data.fundId }])
          : [];
    for (const member of members) await this.ensureUser(member, event.id);
  }

  private parsed<T extends z.ZodType, R>(schema: T, event: FundEvent, members: (data: z.output<T>) => R[]): R[] {
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
}
