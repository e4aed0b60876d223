import { Inject, Injectable, Optional } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventStore, fold, handleCommand, RecordedEvent } from '@kongthun/event-sourcing';
import { UserCommand, userDecider, UserState, userStreamId } from '@kongthun/identity-domain';
import { userEventCodec } from './user-event-codec';

export const IDENTITY_EVENT_STORE = Symbol('identity.event-store');
export const IDENTITY_CLOCK = Symbol('identity.clock');

export type UserCommandBody = Pick<UserCommand, 'type' | 'data'>;
/** Who acts: a user, or the host itself (`system`) for processes such as the fund committee's users. */
export type UserCommandActor = { userId: string; role: string };

/** Load, decide, append for one user's stream. */
@Injectable()
export class UserCommandHandler {
  constructor(
    @Inject(IDENTITY_EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(IDENTITY_CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  async execute(actor: UserCommandActor, body: UserCommandBody, causationId: string | null = null): Promise<RecordedEvent[]> {
    const command = { ...body, metadata: { now: this.now().toISOString(), actor } } as UserCommand;
    const result = await handleCommand(this.store, userDecider, userEventCodec, userStreamId(body.data.userId), command, {
      metadata: { actor: { userId: actor.userId, role: actor.role }, correlationId: uuidv7(), causationId },
      newEventId: uuidv7,
    });
    return result.events;
  }

  async state(userId: string): Promise<UserState> {
    const history = await this.store.readStream(userStreamId(userId));
    return fold(
      userDecider,
      history.map((recorded) => userEventCodec.decode(recorded)),
    );
  }
}
