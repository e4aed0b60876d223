import { Inject, Injectable, Optional } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventStore, fold, handleCommand, RecordedEvent } from '@kongthun/event-sourcing';
import { assertFundInScope, AuthenticatedActor } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';
import { currentCorrelationId } from '@kongthun/observability';
import { CommandMetadata, FundCommand, fundDecider, FundState, RegisteredFund } from '@kongthun/welfare-domain';
import { fundEventCodec, fundStreamId } from './fund-event-codec';

export const WELFARE_EVENT_STORE = Symbol('welfare.event-store');
/** The clock commands are decided by (`() => Date`); the system clock when not provided. */
export const WELFARE_CLOCK = Symbol('welfare.clock');

export type FundCommandOf<T extends FundCommand['type']> = Extract<FundCommand, { type: T }>;
export type CommandBody<T extends FundCommand['type']> = Pick<FundCommandOf<T>, 'type' | 'data'>;

/** Runs fund commands for the HTTP layer: scope check, then load, decide, append (with one retry). */
@Injectable()
export class FundCommandHandler {
  constructor(
    @Inject(WELFARE_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(WELFARE_CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The instant commands run now are decided at. */
  now(): string {
    return this.clock().toISOString();
  }

  async execute<T extends FundCommand['type']>(
    fundId: string,
    actor: AuthenticatedActor,
    body: CommandBody<T>,
    // The request's correlation id when a request runs it, so its log lines and its events agree.
    correlationId = currentCorrelationId() ?? uuidv7(),
  ): Promise<RecordedEvent[]> {
    const metadata: CommandMetadata = { now: this.now(), actor: { userId: actor.userId, role: actor.role } };
    const command = { ...body, metadata } as FundCommand;
    const result = await handleCommand(this.store, fundDecider, fundEventCodec, fundStreamId(fundId), command, {
      metadata: { actor: { userId: actor.userId, role: actor.role }, correlationId, causationId: null },
      newEventId: uuidv7,
      authorize: (state) => {
        if (state.status === 'Registered') assertFundInScope(actor, state);
      },
    });
    return result.events;
  }

  async state(fundId: string): Promise<FundState> {
    const history = await this.store.readStream(fundStreamId(fundId));
    return fold(
      fundDecider,
      history.map((recorded) => fundEventCodec.decode(recorded)),
    );
  }

  async registered(fundId: string): Promise<RegisteredFund> {
    const state = await this.state(fundId);
    if (state.status !== 'Registered')
      throw new DomainError('fund.not-found', `Fund ${fundId} is not registered`, { messageTh: 'ไม่พบกองทุนนี้ในระบบ' });
    return state;
  }
}
